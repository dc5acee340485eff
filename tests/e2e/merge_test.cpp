// Issue 28: one diary on two devices. `merge` keeps the later version of every row; `sync` does it
// through a shared folder.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <chrono>
#include <fstream>
#include <map>
#include <thread>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

/// Two or three devices, each a diary in this test's folder ("laptop.db", "phone.db", …).
class Merge : public DiaryTest {
 protected:
  /// Runs on `device`'s diary and asserts success; returns stdout.
  std::string on(const std::string& device, std::vector<std::string> args) {
    const auto result = run_on(device + ".db", std::move(args));
    EXPECT_EQ(result.exit_code, 0) << device << ": " << result.err;
    return result.out;
  }
  /// `device`'s JSON export, also written to <device>.json for another device to merge.
  std::string exported(const std::string& device) {
    const auto text = on(device, {"export", "--format", "json"});
    std::ofstream(dir_ / (device + ".json"), std::ios::binary) << text;
    return text;
  }
  std::string file(const std::string& device) const { return (dir_ / (device + ".json")).string(); }
  void write(const std::filesystem::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }
};

TEST_F(Merge, TheLaterVersionOfEachEntryWinsBothWays) {
  on("laptop", {"pain", "5", "--note", "morning"});
  on("laptop", {"done", "back-rub"});
  exported("laptop");
  EXPECT_EQ(on("phone", {"merge", file("laptop")}),
            "merged '" + file("laptop") + "': added 2, updated 0, deleted 0, unchanged 0\n");
  // Edited on the phone after it saw the laptop's version: the phone's is later, and wins on the laptop.
  on("phone", {"edit", "p1", "--level", "3"});
  exported("phone");
  EXPECT_EQ(on("laptop", {"merge", file("phone")}),
            "merged '" + file("phone") + "': added 0, updated 1, deleted 0, unchanged 1\n");
  EXPECT_NE(on("laptop", {"history"}).find("p1  12:00  pain 3/10  morning"), std::string::npos);
  EXPECT_EQ(exported("laptop"), exported("phone"));
}

TEST_F(Merge, AnOlderExportNeverOverwritesANewerEdit) {
  on("laptop", {"pain", "5"});
  const auto old = exported("laptop");
  on("laptop", {"edit", "p1", "--level", "6"});
  write(dir_ / "old.json", old);
  EXPECT_EQ(on("laptop", {"merge", (dir_ / "old.json").string()}),
            "merged '" + (dir_ / "old.json").string() + "': added 0, updated 0, deleted 0, unchanged 1\n");
  EXPECT_NE(on("laptop", {"history"}).find("pain 6/10"), std::string::npos);
}

TEST_F(Merge, ADeleteTravelsAndAnEditMadeAfterItBringsTheEntryBack) {
  on("laptop", {"pain", "5"});
  on("laptop", {"pain", "6"});
  exported("laptop");
  on("phone", {"merge", file("laptop")});
  on("laptop", {"delete", "p2"});
  exported("laptop");
  EXPECT_EQ(on("phone", {"merge", file("laptop")}),
            "merged '" + file("laptop") + "': added 0, updated 0, deleted 1, unchanged 1\n");
  EXPECT_EQ(on("phone", {"history"}).find("pain 6/10"), std::string::npos);
  EXPECT_EQ(exported("phone"), exported("laptop"));
  // The phone had not seen the delete of p1 when it edited it: the edit is later, so p1 comes back.
  on("phone", {"pain", "2"});
  on("laptop", {"delete", "p1"});
  exported("laptop");
  today_ = "2026-11-26T12:05";
  on("phone", {"edit", "p1", "--note", "still here"});
  exported("phone");
  EXPECT_EQ(on("laptop", {"merge", file("phone")}),
            "merged '" + file("phone") + "': added 2, updated 0, deleted 0, unchanged 1\n");
  EXPECT_NE(on("laptop", {"history"}).find("still here"), std::string::npos);
  on("phone", {"merge", file("laptop")});
  EXPECT_EQ(exported("laptop"), exported("phone"));
}

TEST_F(Merge, MergingTwiceChangesNothingAndTheOrderOfFilesDoesNotMatter) {
  on("laptop", {"pain", "5"});
  on("laptop", {"config", "birth-type", "caesarean"});
  on("phone", {"pain", "4"});
  on("phone", {"config", "birth-type", "vaginal"});
  on("phone", {"routine", "add", "wall-sit", "--name", "Wall sit", "--kind", "exercise"});
  exported("laptop");
  exported("phone");
  on("one", {"merge", file("laptop"), file("phone")});
  on("two", {"merge", file("phone"), file("laptop")});
  EXPECT_EQ(exported("one"), exported("two"));
  const auto once = exported("one");
  EXPECT_EQ(on("one", {"merge", file("laptop"), file("phone")}),
            "merged '" + file("laptop") + "': added 0, updated 0, deleted 0, unchanged 2\n"
            "merged '" + file("phone") + "': added 0, updated 0, deleted 0, unchanged 3\n");
  EXPECT_EQ(exported("one"), once);
}

TEST_F(Merge, UndoTakesTheWholeMergeBackToTheDiaryAsItWas) {
  on("phone", {"pain", "4"});
  on("phone", {"pain", "7"});
  exported("phone");
  on("laptop", {"merge", file("phone")});
  on("laptop", {"pain", "2"});
  const auto before = exported("laptop");
  on("phone", {"edit", "p1", "--level", "1"});
  on("phone", {"delete", "p2"});
  on("phone", {"pain", "3"});
  on("phone", {"config", "week-start", "sunday"});
  exported("phone");
  EXPECT_EQ(on("laptop", {"merge", file("phone")}),
            "merged '" + file("phone") + "': added 2, updated 1, deleted 1, unchanged 0\n");
  EXPECT_EQ(on("laptop", {"undo"}),
            "took back the merge: removed 1 entry it added and put back 2 entries it changed or deleted; your other "
            "devices keep theirs, so the next sync brings them again\n");
  EXPECT_EQ(exported("laptop"), before);
}

TEST_F(Merge, OneBadRowInAnyFileAndNothingIsWritten) {
  ok({"pain", "4"});
  on("phone", {"pain", "5"});
  exported("phone");
  const std::string bad = R"({"format_version": 4, "entries": [{"kind": "pain", "date": "2026-11-20", "time": "09:00",
      "logged_at": "2026-11-20T09:00:00Z", "level": 11, "note": "", "uuid": "0f8fad5b-d9cb-469f-a165-70867728950e",
      "stamp": "1795694400000-0000", "device": "ab"}]})";
  write(dir_ / "bad.json", bad);
  expect_refused({"merge", file("phone"), (dir_ / "bad.json").string()},
                 "nothing merged: 1 problem in '" + (dir_ / "bad.json").string() +
                     "'\nentry 1: level: invalid '11': accepted a whole number from 0 to 10");
  // Of an older format, or a CSV: no identities to compare.
  write(dir_ / "old.json", R"({"format_version": 3, "entries": [{"kind": "pain", "date": "2026-11-20", "time": "09:00",
      "logged_at": "2026-11-20T09:00:00Z", "level": 5, "note": ""}]})");
  expect_refused({"merge", (dir_ / "old.json").string()},
                 "nothing merged: 1 problem in '" + (dir_ / "old.json").string() +
                     "'\nentry 1: uuid: missing: merge takes a JSON export of format_version 4 or 5, whose every row has its "
                     "identity ('backcare import' takes older files)");
  write(dir_ / "diary.csv", "kind,date\n");
  expect_refused({"merge", (dir_ / "diary.csv").string()},
                 "cannot merge '" + (dir_ / "diary.csv").string() +
                     "': accepted JSON exports of format_version 4 or 5 (a CSV has no identities; 'backcare import' takes it)");
}

TEST_F(Merge, AConcurrentWriterLosesNothing) {
  on("phone", {"pain", "5"});
  exported("phone");
  ok({"pain", "4"});
  sqlite3* holder = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &holder), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  const std::map<std::string, std::string> env{{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}};
  const auto merge = start_binary({"--db", db_.string(), "merge", file("phone")}, env);
  const auto pain = start_binary({"--db", db_.string(), "pain", "6"}, env);
  std::this_thread::sleep_for(std::chrono::milliseconds(1000));
  ASSERT_EQ(sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(holder);
  EXPECT_EQ(finish_binary(merge).exit_code, 0);
  EXPECT_EQ(finish_binary(pain).exit_code, 0);
  const auto history = ok({"history"});
  for (const char* level : {"pain 4/10", "pain 5/10", "pain 6/10"}) EXPECT_NE(history.find(level), std::string::npos) << history;
}

TEST_F(Merge, SyncKeepsTwoLaptopsInStepThroughAFolder) {
  const auto folder = dir_ / "Sync";
  std::filesystem::create_directory(folder);
  on("laptop", {"pain", "5"});
  const auto first = on("laptop", {"sync", folder.string()});
  EXPECT_TRUE(first.starts_with("no file of another device in '" + folder.string() + "' yet\n")) << first;
  on("desk", {"pain", "3"});
  on("desk", {"sync", folder.string()});
  on("laptop", {"sync", folder.string()});
  std::vector<std::string> names;
  for (const auto& item : std::filesystem::directory_iterator(folder)) {
    names.push_back(item.path().filename().string());
    EXPECT_EQ(mode_of(item.path()), 0600u) << item.path();
  }
  ASSERT_EQ(names.size(), 2u);
  for (const auto& name : names) EXPECT_TRUE(name.starts_with("backcare-") && name.ends_with(".json")) << name;
  EXPECT_EQ(exported("laptop"), exported("desk"));
  // Nothing new the second time round.
  EXPECT_NE(on("desk", {"sync", folder.string()}).find("added 0, updated 0, deleted 0"), std::string::npos);
}

TEST_F(Merge, SyncRefusesAMissingFolderAndOneHoldingTheDiary) {
  ok({"pain", "4"});
  expect_refused({"sync", (dir_ / "nowhere").string()},
                 "no folder '" + (dir_ / "nowhere").string() +
                     "': accepted an existing folder that a sync tool (Syncthing, Nextcloud) or a USB stick shares");
  expect_refused({"sync", dir_.string()},
                 "the diary itself is in '" + dir_.string() +
                     "': accepted a folder without it (a sync tool copying a live SQLite file makes conflicted copies; "
                     "keep the diary outside and let only the backcare-*.json files travel)");
}

}  // namespace
}  // namespace backcare::e2e

namespace backcare::e2e {
namespace {

TEST_F(Merge, ASignFromAnotherDeviceShowsThePointerAsSoonAsItIsMerged) {
  on("phone", {"sign", "leg-numbness:both"});
  exported("phone");
  const auto merged = on("laptop", {"merge", file("phone")});
  EXPECT_TRUE(merged.starts_with("Call your emergency number now")) << merged;
  EXPECT_NE(merged.find("merged '" + file("phone") + "': added 1, updated 0, deleted 0, unchanged 0\n"), std::string::npos)
      << merged;
  on("laptop", {"undo"});
  EXPECT_NE(on("laptop", {"merge", file("phone"), "--json"}).find("\"redflags_tier\": \"emergency\""), std::string::npos);
}

}  // namespace
}  // namespace backcare::e2e

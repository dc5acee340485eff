// Issue 28: ids that are never given again, and the identity and version every row carries into the
// JSON export.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

class Identity : public DiaryTest {
 protected:
  void write(const std::filesystem::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }
};

TEST_F(Identity, ADeletedIdIsNeverGivenAgainAndIsRefusedWithWhenItWent) {
  ok({"pain", "5"});
  ok({"done", "back-rub"});
  ok({"done", "knee-hug"});
  ok({"delete", "d2"});
  // The newest was deleted, and still the next entry gets a new id: typed again from the shell history,
  // `delete d2` cannot take the hot compress logged since.
  EXPECT_EQ(ok({"history"}).find("d3"), std::string::npos);
  ok({"done", "hot-compress"});
  EXPECT_NE(ok({"history"}).find("d3"), std::string::npos);
  expect_refused({"delete", "d2"},
                 "d2 was deleted on Thu 26 Nov 2026; 'backcare undo' brings back the last change");
  expect_refused({"edit", "d2", "--note", "x"},
                 "d2 was deleted on Thu 26 Nov 2026; 'backcare undo' brings back the last change");
  // An id never given is still just not there.
  expect_refused({"delete", "d9"}, "no entry d9 in the diary: 'backcare history' shows the ids");
  // Undo of the delete (after taking back the hot compress) brings d2 back, and it can be edited again.
  ok({"undo"});
  ok({"undo"});
  EXPECT_NE(ok({"edit", "d2", "--note", "back"}).find("d2"), std::string::npos);
}

TEST_F(Identity, TheDeleteDayIsSaidInHerZone) {
  extra_env_["TZ"] = "America/New_York";
  today_ = "2026-11-26T22:30";  // 03:30 UTC on the 27th
  ok({"pain", "4"});
  ok({"delete", "p1"});
  expect_refused({"edit", "p1", "--level", "3"},
                 "p1 was deleted on Thu 26 Nov 2026; 'backcare undo' brings back the last change");
}

TEST_F(Identity, TheJsonExportCarriesIdentitiesVersionsAndTombstonesAndRoundTripsByteForByte) {
  ok({"pain", "5", "--note", "kept"});
  ok({"pain", "6", "--note", "deleted"});
  ok({"delete", "p2"});
  ok({"routine", "add", "wall-sit", "--name", "Wall sit", "--kind", "exercise"});
  ok({"config", "birth-type", "caesarean"});
  ok({"config", "week-start", "sunday"});
  ok({"config", "week-start", "--unset"});
  const auto exported = ok({"export", "--format", "json"});
  expect_golden("export_json_identities", mask_identities(exported));
  // Into an empty diary and out again: the same bytes, identities, stamps and tombstones included.
  const auto file = dir_ / "laptop.json";
  write(file, exported);
  const auto imported = run_on("phone.db", {"import", file.string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_EQ(run_on("phone.db", {"export", "--format", "json"}).out, exported);
  // The same file again adds nothing: every UUID is held, the deleted one as a tombstone.
  const auto again = run_on("phone.db", {"import", file.string()});
  EXPECT_NE(again.out.find("nothing new"), std::string::npos) << again.out;
  EXPECT_EQ(run_on("phone.db", {"export", "--format", "json"}).out, exported);
}

TEST_F(Identity, UndoIsItselfAChangeWithItsOwnStamp) {
  ok({"pain", "5"});
  ok({"pain", "6"});
  ok({"undo"});  // takes p2 away: a tombstone with the undo's stamp, so the other devices lose it too
  ok({"delete", "p1"});
  ok({"undo"});  // p1 is back, the same UUID, with a newer stamp; its tombstone goes
  expect_golden("export_json_after_undo", mask_identities(ok({"export", "--format", "json"})));
}

TEST_F(Identity, AFileWithABadIdentityIsRefusedWholeAndNothingIsWritten) {
  ok({"pain", "4"});
  const std::string entry = R"({"kind": "pain", "date": "2026-11-20", "time": "09:00", "logged_at": "2026-11-20T09:00:00Z",
                                "level": 5, "note": "", )";
  const auto file = dir_ / "bad.json";
  write(file, R"({"format_version": 4, "entries": [)" + entry +
                  R"("uuid": "0F8FAD5B-D9CB-469F-A165-70867728950E", "stamp": "1795694400000-0000", "device": "ab"}, )" +
                  entry + R"("uuid": "0f8fad5b-d9cb-469f-a165-70867728950e", "stamp": "yesterday", "device": "ab"}, )" +
                  entry + R"("uuid": "0f8fad5b-d9cb-469f-a165-70867728950f"}], "tombstones": [{"kind": "pain", )" +
                  R"("uuid": "x", "stamp": "1795694400000-0000", "device": "ab"}]})");
  expect_refused({"import", file.string()},
                 "nothing imported: 4 problems in '" + file.string() +
                     "'\n"
                     "entry 1: uuid: invalid '0F8FAD5B-D9CB-469F-A165-70867728950E': accepted a UUID in lower case "
                     "(8-4-4-4-12 hex digits)\n"
                     "entry 2: stamp: invalid 'yesterday': accepted a stamp of 13 digits, a dash and 4 digits "
                     "(1764158400000-0000)\n"
                     "entry 3: stamp: empty: accepted a stamp and a device with every uuid\n"
                     "tombstone 1: uuid: invalid 'x': accepted a UUID in lower case (8-4-4-4-12 hex digits)");
}

TEST_F(Identity, AFileGivingOneUuidToTwoEntriesIsRefused) {
  const std::string entry = R"({"kind": "pain", "date": "2026-11-20", "time": "09:00", "logged_at": "2026-11-20T09:00:00Z",
                                "level": 5, "note": "", "uuid": "0f8fad5b-d9cb-469f-a165-70867728950e",
                                "stamp": "1795694400000-0000", "device": "ab"})";
  const auto file = dir_ / "twice.json";
  write(file, R"({"format_version": 4, "entries": [)" + entry + ", " + entry + "]}");
  ok({"pain", "4"});
  expect_refused({"import", file.string()},
                 "the file gives the uuid '0f8fad5b-d9cb-469f-a165-70867728950e' to two entries: "
                 "accepted each uuid once (no export writes one twice)");
}

TEST_F(Identity, AUuidGivenTwiceIsRefusedEvenWhenTheDiaryHoldsThatEntry) {
  // Rows the diary holds are counted as they are read and never staged: the check must see them too.
  ok({"pain", "4"});
  const auto exported = dir_ / "held.json";
  ok({"export", "--format", "json", "--out", exported.string()});
  std::ifstream in(exported);
  auto document = nlohmann::ordered_json::parse(in);
  const auto uuid = document["entries"][0]["uuid"].get<std::string>();
  document["entries"].push_back(document["entries"][0]);
  const auto file = dir_ / "twice-held.json";
  write(file, document.dump(2));
  const std::string refusal =
      "the file gives the uuid '" + uuid + "' to two entries: accepted each uuid once (no export writes one twice)";
  expect_refused({"import", file.string()}, refusal);
  expect_refused({"merge", file.string()}, refusal);
}

}  // namespace
}  // namespace backcare::e2e

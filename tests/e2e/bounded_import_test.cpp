// Import in bounded memory (#18): rows are checked and staged as the file is read, so a bad row near the
// end of a large file still writes nothing, the problems listed are the first 20 in file order wherever
// they were found, a file of one huge value is refused without reading it whole, and running out of
// memory is a clear failure that writes nothing.
#include <sys/resource.h>

#include <fstream>

#include "e2e/harness.hpp"
#include "support/sanitizers.hpp"

namespace backcare::e2e {
namespace {

const std::string kHeader = "kind,date,logged_at,routine,level,reps,minutes,note\r\n";

void write(const std::filesystem::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

/// A JSON entry of pain at `level` on 2026-11-01.
std::string json_pain(int level) {
  return R"({"kind": "pain", "date": "2026-11-01", "logged_at": "2026-11-01T09:00:00Z", "routine": null, "level": )" +
         std::to_string(level) + R"(, "reps": null, "minutes": null, "note": ""})";
}

using BoundedImport = DiaryTest;

TEST_F(BoundedImport, ABadRowNearTheEndOfALargeFileWritesNothing) {
  ok({"pain", "4"});
  std::string text = generated_csv(199'990);
  text += "pain,2025-01-10,2025-01-10T09:00:00Z,,12,,,\r\n";  // line 199,992: the header is line 1
  for (int i = 0; i < 10; ++i) text += "pain,2025-01-11,2025-01-11T09:00:00Z,,3,,,tail " + std::to_string(i) + "\r\n";
  const auto file = dir_ / "large.csv";
  write(file, text);
  expect_refused({"import", file.string()}, "nothing imported: 1 problem in '" + file.string() + "'\n"
                                            "line 199992: level: invalid '12': accepted a whole number from 0 to 10");
}

TEST_F(BoundedImport, ListsTheFirstTwentyInFileOrderThoughRoutinesComeLast) {
  std::string entries;
  for (int i = 0; i < 25; ++i) entries += (i ? ", " : "") + json_pain(11);
  const auto file = dir_ / "bad.json";
  write(file, R"({"format_version": 1, "entries": [)" + entries +
                  R"(], "routines": [{"slug": "side-stretch", "name": "Side stretch", "kind": "yoga", "dose": "", "retired": false}]})");
  std::string message = "nothing imported: 26 problems in '" + file.string() + "'\n" +
                        "routine 1: kind: invalid 'yoga': accepted massage, exercise, heat or other";
  for (int i = 1; i <= 19; ++i) message += "\nentry " + std::to_string(i) + ": level: invalid '11': accepted a whole number from 0 to 10";
  expect_refused({"import", file.string()}, message + "\nand 6 more");
}

TEST_F(BoundedImport, AnUnknownRoutineIsFoundPastTheFirstProblemToo) {
  // JSON: a CSV's unknown slugs become her routines, while a JSON file must define the routines it names.
  const auto file = dir_ / "unknown.json";
  write(file, R"({"format_version": 2, "entries": [
    {"kind": "pain", "date": "2026-11-01", "time": "09:00", "logged_at": "2026-11-01T09:00:00Z", "routine": null,
     "level": 11, "reps": null, "minutes": null, "note": ""},
    {"kind": "done", "date": "2026-11-01", "time": "09:05", "logged_at": "2026-11-01T09:05:00Z", "routine": "nowhere",
     "level": null, "reps": null, "minutes": null, "note": ""},
    {"kind": "done", "date": "2026-11-01", "time": "09:10", "logged_at": "2026-11-01T09:10:00Z", "routine": "back-rub",
     "level": null, "reps": null, "minutes": null, "note": ""}]})");
  expect_refused({"import", file.string()},
                 "nothing imported: 2 problems in '" + file.string() + "'\n"
                 "entry 1: level: invalid '11': accepted a whole number from 0 to 10\n"
                 "entry 2: routine: no routine 'nowhere' in the diary or the file: accepted a known routine slug");
}

TEST_F(BoundedImport, AJsonFileMayNameItsOwnRoutineBeforeListingIt) {
  const auto file = dir_ / "later.json";
  write(file, R"({"format_version": 2, "entries": [{"kind": "done", "date": "2026-11-01", "time": "09:00",
    "logged_at": "2026-11-01T09:00:00Z", "routine": "side-stretch", "level": null, "reps": 3, "minutes": null,
    "note": ""}, )" + json_pain(2).insert(1, R"("time": "", )") + R"(], "routines": [{"slug": "side-stretch",
    "name": "Side stretch", "kind": "exercise", "dose": "", "retired": false}], "settings": {}})");
  EXPECT_EQ(ok({"import", file.string()}),
            "imported 2 entries from '" + file.string() + "': 1 pain, 1 done, 0 signs\nadded 1 routine of yours\n");
  EXPECT_EQ(ok({"import", file.string()}), "nothing new in '" + file.string() + "': its 2 entries are already in the diary\n");
}

TEST_F(BoundedImport, AFileOfOneHugeValueIsRefusedBeforeItIsReadWhole) {
  const std::string big(std::size_t(1) << 20, 'x');
  const auto refused = [this](const std::string& name, const std::string& text, const std::string& why) {
    write(dir_ / name, text);
    expect_refused({"import", (dir_ / name).string()},
                   "nothing imported: 1 problem in '" + (dir_ / name).string() + "'\n" + why);
  };
  refused("field.csv", kHeader + "pain,2026-11-01,2026-11-01T09:00:00Z,,3,,,\"" + big + "\"\r\n",
          "line 2: csv: a field longer than 64 KiB (no export writes one)");
  refused("row.csv", kHeader + std::string(5000, ',') + "\r\n",
          "line 2: csv: a row of more than 1000 fields (no export writes one)");
  refused("string.json", R"({"format_version": 1, "entries": [{"note": ")" + big + "\"}]}",
          "json: a string longer than 64 KiB (no export writes one)");
  std::string array;
  for (int i = 0; i < 5000; ++i) array += "0,";
  refused("array.json", R"({"format_version": 1, "entries": [{"note": [)" + array + "0]}]}",
          "json: an element of more than 1000 values (no export writes one)");
}

TEST_F(BoundedImport, FitsIn64MiBOfAddressSpace) {
  if (fixtures::kSanitized) {
    GTEST_SKIP() << "AddressSanitizer reserves more address space than any limit that would leave room to run";
  }
  const auto limited = [this](std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_.string()});
    return finish_binary(start_binary(args, {{"BACKCARE_TODAY", "2026-11-26"}, {"HOME", dir_.string()}}, "", [] {
      const rlimit limit{64u << 20, 64u << 20};
      ::setrlimit(RLIMIT_AS, &limit);
    }));
  };
  write(dir_ / "large.csv", generated_csv(200'000));
  const auto imported = limited({"import", (dir_ / "large.csv").string()});
  EXPECT_EQ(imported.exit_code, 0) << imported.err;
  // Export fits too, now that it streams: million_entries_test.cpp runs both at a million entries.
}

}  // namespace
}  // namespace backcare::e2e

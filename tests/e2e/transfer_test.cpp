// export, import, backup and check through the built binary: round trips byte for byte, refusals that
// write nothing, and files readable by their owner only.
#include <sqlite3.h>
#include <sys/stat.h>

#include <fstream>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

/// Format 1, without the clock time: what older exports hold, still imported (the import tests use it).
const std::string kHeader = "kind,date,logged_at,routine,level,reps,minutes,note\r\n";
/// Format 2, with the clock time but without where and sign: still imported.
const std::string kHeaderWithTime = "kind,date,time,logged_at,routine,level,reps,minutes,note\r\n";
/// What export writes now: where it hurt and the signs after the note (issue 27).
const std::string kHeaderWithPlaces = "kind,date,time,logged_at,routine,level,reps,minutes,note,where,sign,tags\r\n";
/// The header of format 3 (before tags), still read.
const std::string kHeaderFormat3 = "kind,date,time,logged_at,routine,level,reps,minutes,note,where,sign\r\n";
const std::string kHostile = "comma, \"quotes\"\nnew line\r\ncrlf 😀 '); DROP TABLE pain; --";
const std::string kEscapes = "red \x1b[31mALERT\x1b[0m \x1b]0;title\x07 bell";

void write(const std::filesystem::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

class Transfer : public DiaryTest {
 protected:
  /// A diary with a routine of the user's, hostile notes, a duplicate entry and settings.
  void fill() {
    ok({"routine", "add", "pelvic-tilt", "--name", "Pelvic tilt", "--kind", "exercise", "--dose", "10 reps"});
    ok({"pain", "6", "--date", "2026-11-20", "--note", kHostile});
    ok({"pain", "6", "--date", "2026-11-20", "--note", kHostile});  // the same moment: a true duplicate
    ok({"pain", "2", "--note", kEscapes});
    ok({"done", "pelvic-tilt", "--reps", "10", "--minutes", "5", "--note", "a,b"});
    ok({"config", "birth-date", "2026-10-02"});
    ok({"config", "week-start", "sunday"});
  }

  /// Writes `text` to `name` in this test's directory, and expects its import refused with `problems`
  /// (`count` of them, one line each), the diary unchanged.
  void expect_import_refused(const std::string& name, const std::string& text, const std::string& count,
                             const std::string& problems) {
    const auto file = dir_ / name;
    write(file, text);
    expect_refused({"import", file.string()}, "nothing imported: " + count + " in '" + file.string() + "'\n" + problems);
  }
};

TEST_F(Transfer, JsonRoundTripIsByteForByte) {
  fill();
  const auto out = dir_ / "diary.json";
  EXPECT_EQ(ok({"export", "--out", out.string()}),
            "exported 4 entries, 1 routine of yours and 2 settings to '" + out.string() + "' (json, readable by you only)\n");
  const auto first = read_file(out);
  EXPECT_EQ(ok({"export", "--format", "json"}), first);
  const auto imported = run_on("other.db", {"import", out.string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_EQ(imported.out, "imported 4 entries from '" + out.string() +
                              "': 3 pain, 1 done, 0 signs\nadded 1 routine of yours\nadded 2 settings\n");
  EXPECT_EQ(run_on("other.db", {"export", "--format", "json"}).out, first);
}

TEST_F(Transfer, CsvRoundTripIsByteForByte) {
  fill();
  const auto out = dir_ / "diary.csv";
  EXPECT_EQ(ok({"export", "--out", out.string()}),
            "exported 4 entries to '" + out.string() + "' (csv, readable by you only)\n"
            "CSV holds entries only: your own routines and settings travel in --format json\n");
  const auto first = read_file(out);
  EXPECT_TRUE(first.starts_with(kHeaderWithPlaces)) << first;
  EXPECT_EQ(ok({"export"}), first);  // stdout defaults to CSV
  // CSV carries no routines: into an empty diary, pelvic-tilt is made from its slug, and says so.
  const auto imported = run_on("other.db", {"import", out.string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_EQ(imported.out, "imported 4 entries from '" + out.string() + "': 3 pain, 1 done, 0 signs\n"
                          "added 1 routine of yours\n"
                          "made routine pelvic-tilt from its slug (kind exercise): name it with backcare routine edit "
                          "pelvic-tilt --name \"Its name\" --kind KIND\n"
                          "(a CSV file has no place for a routine's name, kind or dose; a JSON export carries them)\n");
  EXPECT_EQ(run_on("other.db", {"export"}).out, first);
  EXPECT_NE(run_on("other.db", {"routines"}).out.find("pelvic-tilt   pelvic-tilt                   exercise"),
            std::string::npos);
  // The routine a diary already has is used as it is.
  run_on("third.db", {"routine", "add", "pelvic-tilt", "--name", "Pelvic tilt", "--kind", "exercise"});
  EXPECT_EQ(run_on("third.db", {"import", out.string()}).out,
            "imported 4 entries from '" + out.string() + "': 3 pain, 1 done, 0 signs\n");
  EXPECT_EQ(run_on("third.db", {"export"}).out, first);
}

TEST_F(Transfer, SecondImportAddsNothingButDuplicatesInTheFileSurvive) {
  fill();
  const auto out = dir_ / "diary.json";
  ok({"export", "--out", out.string()});
  ASSERT_EQ(run_on("other.db", {"import", out.string()}).exit_code, 0);
  const auto again = run_on("other.db", {"import", out.string()});
  EXPECT_EQ(again.out, "nothing new in '" + out.string() + "': its 4 entries are already in the diary\n");
  EXPECT_EQ(run_on("other.db", {"export", "--format", "json"}).out, read_file(out));
  // Into the diary it came from, too: nothing is added.
  EXPECT_EQ(ok({"import", out.string()}), "nothing new in '" + out.string() + "': its 4 entries are already in the diary\n");
}

TEST_F(Transfer, ImportKeepsSettingsTheDiaryHasAndSaysSo) {
  fill();
  const auto out = dir_ / "diary.json";
  ok({"export", "--out", out.string()});
  run_on("other.db", {"config", "week-start", "monday"});
  const auto imported = run_on("other.db", {"import", out.string(), "--json"});
  EXPECT_NE(imported.out.find("\"settings_kept\": [\n    \"week-start\"\n  ]"), std::string::npos) << imported.out;
  EXPECT_NE(run_on("other.db", {"config", "week-start"}).out.find("monday"), std::string::npos);
}

TEST_F(Transfer, UndoTakesBackAWholeImport) {
  const auto file = dir_ / "in.csv";
  write(file, kHeaderWithTime + "pain,2026-11-01,09:00,2026-11-01T09:00:00Z,,3,,,imported\r\n" +
                  "done,2026-11-01,09:05,2026-11-01T09:05:00Z,back-rub,,,,\r\n" +
                  "done,2026-11-02,,2026-11-02T09:05:00Z,knee-hug,,,,\r\n");
  ok({"pain", "5"});
  ok({"import", file.string()});
  EXPECT_EQ(ok({"undo"}), "took back the import: removed 1 pain entry, 2 routines done and 0 signs\n");
  EXPECT_EQ(ok({"history", "--from", "2026-11-01"}), "History 2026-11-01 to 2026-11-26, newest first\n"
                                                     "Thu 26 Nov 2026\n  p1  12:00  pain 5/10\n" + kHistoryHint);
  EXPECT_EQ(ok({"undo"}), "removed pain 5/10 for Thu 26 Nov 2026 (logged 12:00)\n");
}

TEST_F(Transfer, ImportDerivesTheLocalTimeFromTheZone) {
  const auto file = dir_ / "in.csv";
  write(file, kHeader + "pain,2026-11-01,2026-11-01T23:30:00Z,,3,,,\r\n");
  extra_env_["TZ"] = "Asia/Kolkata";  // UTC+05:30, no daylight saving
  ok({"import", file.string()});
  EXPECT_NE(ok({"history", "--from", "2026-11-01"}).find("05:00  pain 3/10"), std::string::npos);
}

TEST_F(Transfer, BadRowsAreListedAndNothingIsWritten) {
  ok({"pain", "4"});
  expect_import_refused("bad.csv",
                        kHeader + "pain,2026-11-01,2026-11-01T09:00:00Z,,3,,,fine\r\n"
                                  "pain,2026-11-01,2026-11-01T09:00:00Z,,11,,,\r\n"
                                  "done,2026-02-30,2026-11-01T09:00:00Z,back-rubb,,0,,\r\n"
                                  "ache,2026-11-01,2026-11-01T09:00:00Z,,,,,\"a\nb\"\r\n"
                                  "pain,2026-11-01\r\n",
                        "5 problems",
                        "line 3: level: invalid '11': accepted a whole number from 0 to 10\n"
                        "line 4: date: invalid '2026-02-30': accepted a real day YYYY-MM-DD\n"
                        "line 4: reps: invalid '0': accepted empty or a whole number from 1 to 1000\n"
                        "line 5: kind: invalid 'ache': accepted pain, done, sign or tag\n"
                        "line 7: row: 2 fields: accepted 8");
}

TEST_F(Transfer, AtMostTwentyProblemsThenACount) {
  std::string text = kHeader;
  for (int i = 0; i < 25; ++i) text += "pain,2026-11-01,2026-11-01T09:00:00Z,,x,,,\r\n";
  write(dir_ / "bad.csv", text);
  const auto result = run({"import", (dir_ / "bad.csv").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(result.err.ends_with("line 21: level: invalid 'x': accepted a whole number from 0 to 10\n"
                                   "and 5 more\n")) << result.err;
}

TEST_F(Transfer, UnknownRoutinesAreBadUnlessTheJsonFileDefinesThem) {
  const std::string entry = R"({"kind": "done", "date": "2026-11-01", "logged_at": "2026-11-01T09:00:00Z",
                                "routine": "side-stretch", "level": null, "reps": null, "minutes": 5, "note": ""})";
  write(dir_ / "lacking.json", "{\"format_version\": 1, \"entries\": [" + entry + "]}");
  expect_refused({"import", (dir_ / "lacking.json").string()},
                 "nothing imported: 1 problem in '" + (dir_ / "lacking.json").string() + "'\n"
                 "entry 1: routine: no routine 'side-stretch' in the diary or the file: accepted a known routine slug");
  write(dir_ / "defining.json", "{\"format_version\": 1, \"entries\": [" + entry +
                                    "], \"routines\": [{\"slug\": \"side-stretch\", \"name\": \"Side stretch\", "
                                    "\"kind\": \"exercise\", \"dose\": \"\", \"retired\": false}]}");
  EXPECT_EQ(ok({"import", (dir_ / "defining.json").string()}),
            "imported 1 entry from '" + (dir_ / "defining.json").string() + "': 0 pain, 1 done, 0 signs\nadded 1 routine of yours\n");
}

TEST_F(Transfer, ExportOutIsPrivateAndReplacesWhole) {
  ok({"pain", "4"});
  const auto out = dir_ / "diary.csv";
  write(out, "old contents");
  ::chmod(out.c_str(), 0644);
  ok({"export", "--out", out.string()});
  EXPECT_EQ(mode_of(out), 0600u);
  EXPECT_TRUE(read_file(out).starts_with(kHeaderWithPlaces));
  for (const auto& entry : std::filesystem::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
  }
}

TEST_F(Transfer, ExportRefusesToWriteOverTheDiary) {
  ok({"pain", "4"});
  expect_refused({"export", "--out", db_.string(), "--format", "csv"},
                 "invalid --out '" + db_.string() + "': it is the diary's own file; accepted another path");
}

TEST_F(Transfer, EscapesInANoteComeBackRawInExportsAndEscapedInHistory) {
  ok({"pain", "2", "--note", kEscapes});
  const auto csv = ok({"export", "--format", "csv"});
  EXPECT_EQ(csv, kHeaderWithPlaces + "pain,2026-11-26,12:00,2026-11-26T12:00:00Z,,2,,," + kEscapes + ",,,\r\n");
  const auto json = ok({"export", "--format", "json"});
  EXPECT_NE(json.find(R"("note": "red \u001b[31mALERT\u001b[0m \u001b]0;title\u0007 bell")"), std::string::npos) << json;
  const auto history = ok({"history"});
  EXPECT_EQ(history.find('\x1b'), std::string::npos);
  EXPECT_NE(history.find("red \\x1b[31mALERT\\x1b[0m \\x1b]0;title\\x07 bell"), std::string::npos) << history;
}

TEST_F(Transfer, BackupIsAPrivateWorkingCopy) {
  ok({"pain", "4", "--note", "kept"});
  const auto copy = dir_ / "copy.db";
  EXPECT_EQ(ok({"backup", copy.string()}).find("backed up the diary to '" + copy.string() + "' ("), 0u);
  EXPECT_EQ(mode_of(copy), 0600u);
  const auto history = run_binary({"--db", copy.string(), "history"}, {{"BACKCARE_TODAY", today_}});
  EXPECT_EQ(history.out, "History 2026-10-28 to 2026-11-26, newest first\nThu 26 Nov 2026\n  p1  12:00  pain 4/10  kept\n" + kHistoryHint);
  expect_refused({"backup", copy.string()},
                 "'" + copy.string() + "' already exists: accepted a new file, or --force to replace it");
  ok({"pain", "5"});
  ok({"backup", copy.string(), "--force"});
  EXPECT_NE(run_binary({"--db", copy.string(), "history"}, {{"BACKCARE_TODAY", today_}}).out.find("pain 5/10"),
            std::string::npos);
}

TEST_F(Transfer, BackupRefusesTheDiaryItselfEvenWithForce) {
  ok({"pain", "4"});
  const auto before = read_file(db_);
  const auto result = run({"backup", db_.string(), "--force"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("it is the diary's own file"), std::string::npos) << result.err;
}

TEST_F(Transfer, CheckPassesASoundDiary) {
  ok({"pain", "4"});
  EXPECT_EQ(ok({"check"}), "integrity: ok\nforeign keys: ok\n");
  EXPECT_EQ(ok({"check", "--json"}), "{\n  \"foreign_keys\": [],\n  \"integrity\": [\n    \"ok\"\n  ],\n  \"ok\": true\n}\n");
}

TEST_F(Transfer, CheckReportsDamageAndExitsOne) {
  ok({"pain", "4"});
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "INSERT INTO completion (day, time, logged_at, routine_id, stamp, device) "
                              "VALUES ('2026-11-26', '09:00', 'x', 99, '0000000000000-0000', 'ab')",
                         nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  const auto result = run({"check"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "integrity: ok\nforeign keys: 1 problem\n  completion row 1 points at a routine that is not there\n");
  EXPECT_EQ(result.err, "backcare: error: the diary failed its check (what was found is above)\n");
}

}  // namespace
}  // namespace backcare::e2e

namespace backcare::e2e {
namespace {

class TransferDays : public DiaryTest {};

// One validation for every way in: a day the command line would refuse is a bad row in a file too.
TEST_F(TransferDays, AFutureDayOrADayBeforeItsTimeIsABadRow) {
  const auto file = dir_ / "days.csv";
  std::ofstream(file) << "kind,date,time,logged_at,routine,level,reps,minutes,note\r\n"
                         "pain,2026-11-25,21:00,2026-11-25T21:00:00Z,,4,,,\r\n"
                         "pain,2026-12-01,09:00,2026-11-25T21:00:00Z,,5,,,\r\n"
                         "pain,2026-11-24,09:00,2026-11-22T21:00:00Z,,5,,,\r\n"
                         "pain,2026-11-23,09:00,2026-11-22T21:00:00Z,,5,,,\r\n";
  expect_refused({"import", file.string()},
                 "nothing imported: 2 problems in '" + file.string() + "'\n"
                 "line 3: date: '2026-12-01' is in the future: accepted a day up to today, 2026-11-26\n"
                 "line 4: date: '2026-11-24' is more than a day after its logged_at 2026-11-22T21:00:00Z: accepted "
                 "a day up to 2026-11-23");
}

// The command line takes a day at most a year back; older days come in by import, from 1970 on.
TEST_F(TransferDays, ImportTakesAnOldDayFrom1970AndRefusesOneBefore) {
  const auto old_days = dir_ / "old.csv";
  std::ofstream(old_days) << "kind,date,time,logged_at,routine,level,reps,minutes,note\r\n"
                             "pain,1990-05-02,08:00,1990-05-02T07:00:00Z,,4,,,\r\n"
                             "pain,1970-01-01,,1970-01-01T09:00:00Z,,3,,,\r\n";
  const auto imported = run({"import", old_days.string()});
  EXPECT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_EQ(run({"history", "--from", "1970-01-01", "--to", "1990-05-02"}).out,
            "History 1970-01-01 to 1990-05-02, newest first\n"
            "Wed 2 May 1990\n"
            "  p1  08:00  pain 4/10\n"
            "Thu 1 Jan 1970\n"
            "  p2  —      pain 3/10\n" +
                kHistoryHint);

  const auto too_old = dir_ / "too-old.csv";
  std::ofstream(too_old) << "kind,date,time,logged_at,routine,level,reps,minutes,note\r\n"
                            "pain,1969-12-31,,1970-01-01T09:00:00Z,,3,,,\r\n";
  expect_refused({"import", too_old.string()},
                 "nothing imported: 1 problem in '" + too_old.string() + "'\n"
                 "line 2: date: '1969-12-31' is before 1970: accepted a day from 1970-01-01 up to today");
}

}  // namespace
}  // namespace backcare::e2e

namespace backcare::e2e {
namespace {

/// Where it hurt and the signs (issue 27) through export and import.
class TransferPlaces : public Transfer {
 protected:
  /// Pain with regions (several, with sides), a sign of every slug, a routine done: all on days before
  /// the red-flag pointer's two, so that no command here shows it (each logged now, on 2026-11-26).
  void fill_places() {
    ok({"pain", "6", "--date", "2026-11-18", "--time", "08:00", "--where", "low-back", "--where", "sacroiliac:left",
        "--where", "buttock:both", "--note", "after the walk"});
    ok({"pain", "4", "--date", "2026-11-18", "--time", "20:00", "--where", "pubic", "--where", "hip-groin:right",
        "--where", "back-thigh:left", "--where", "below-knee:right", "--where", "upper-back", "--where", "other"});
    ok({"pain", "3", "--date", "2026-11-19", "--time", "09:00"});
    ok({"done", "knee-hug", "--date", "2026-11-19", "--time", "09:30", "--reps", "10"});
    ok({"sign", "leg-numbness:left", "--date", "2026-11-19", "--time", "10:00", "--note", "after sitting"});
    ok({"sign", "leg-tingling:right", "--date", "2026-11-19", "--time", "10:00"});
    ok({"sign", "leg-weakness:both", "--date", "2026-11-20", "--time", "11:00"});
    ok({"sign", "leg-swelling:left", "--date", "2026-11-20", "--time", "12:00"});
    ok({"sign", "saddle-numbness", "--date", "2026-11-21", "--time", "13:00"});
    ok({"sign", "bladder-bowel", "--date", "2026-11-21", "--time", "14:00"});
  }

};

TEST_F(TransferPlaces, CsvCarriesWhereAndSignAndRoundTripsByteForByte) {
  fill_places();
  const auto out = dir_ / "diary.csv";
  ok({"export", "--out", out.string()});
  const auto first = read_file(out);
  EXPECT_TRUE(first.starts_with(kHeaderWithPlaces)) << first;
  EXPECT_NE(first.find("pain,2026-11-18,08:00,2026-11-26T12:00:00Z,,6,,,after the walk,"
                       "low-back sacroiliac:left buttock:both,,\r\n"),
            std::string::npos) << first;
  EXPECT_NE(first.find("sign,2026-11-19,10:00,2026-11-26T12:00:00Z,,,,,after sitting,,leg-numbness:left,\r\n"),
            std::string::npos) << first;
  EXPECT_NE(first.find("sign,2026-11-21,14:00,2026-11-26T12:00:00Z,,,,,,,bladder-bowel,\r\n"), std::string::npos) << first;
  EXPECT_NE(first.find("done,2026-11-19,09:30,2026-11-26T12:00:00Z,knee-hug,,10,,,,,\r\n"), std::string::npos) << first;
  const auto imported = run_on("elsewhere.db", {"import", out.string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_NE(imported.out.find("imported 10 entries from '" + out.string() + "': 3 pain, 1 done, 6 signs\n"),
            std::string::npos) << imported.out;
  EXPECT_EQ(run_on("elsewhere.db", {"export"}).out, first);
  // The second time, nothing: the signs are compared as the other entries are.
  EXPECT_NE(run_on("elsewhere.db", {"import", out.string()}).out.find("nothing new in '" + out.string() +
                                                             "': its 10 entries are already in the diary\n"),
            std::string::npos);
  EXPECT_EQ(run_on("elsewhere.db", {"export"}).out, first);
}

TEST_F(TransferPlaces, JsonCarriesWhereAndSignAndRoundTripsByteForByte) {
  fill_places();
  const auto out = dir_ / "diary.json";
  ok({"export", "--out", out.string()});
  const auto first = read_file(out);
  EXPECT_TRUE(first.starts_with("{\n  \"format_version\": 5,\n")) << first;
  EXPECT_NE(first.find("      \"note\": \"after the walk\",\n"
                       "      \"where\": [\n"
                       "        \"low-back\",\n"
                       "        \"sacroiliac:left\",\n"
                       "        \"buttock:both\"\n"
                       "      ],\n"
                       "      \"sign\": null,\n"),
            std::string::npos) << first;
  EXPECT_NE(first.find("      \"level\": 3,\n      \"reps\": null,\n      \"minutes\": null,\n      \"note\": \"\",\n"
                       "      \"where\": [],\n      \"sign\": null,\n"),
            std::string::npos) << first;
  EXPECT_NE(first.find("      \"kind\": \"sign\",\n"), std::string::npos) << first;
  EXPECT_NE(first.find("      \"note\": \"after sitting\",\n      \"where\": null,\n      \"sign\": \"leg-numbness:left\",\n"),
            std::string::npos) << first;
  EXPECT_NE(first.find("      \"routine\": \"knee-hug\",\n"), std::string::npos) << first;
  const auto imported = run_on("elsewhere.db", {"import", out.string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_NE(imported.out.find("': 3 pain, 1 done, 6 signs\n"), std::string::npos) << imported.out;
  EXPECT_EQ(run_on("elsewhere.db", {"export", "--format", "json"}).out, first);
  EXPECT_NE(run_on("elsewhere.db", {"import", out.string()}).out.find("its 10 entries are already in the diary"),
            std::string::npos);
  EXPECT_EQ(run_on("elsewhere.db", {"export", "--format", "json"}).out, first);
  // Undo takes the whole import back, signs too, and says so.
  EXPECT_EQ(run_on("elsewhere.db", {"undo"}).out, "took back the import: removed 3 pain entries, 1 routine done and 6 signs\n");
  EXPECT_EQ(run_on("elsewhere.db", {"export"}).out, kHeaderWithPlaces);
}

TEST_F(TransferPlaces, AFormat2JsonFileWithoutWhereImportsWithNoRegions) {
  const auto file = dir_ / "old.json";
  write(file, R"({"format_version": 2, "entries": [{"kind": "pain", "date": "2026-11-20", "time": "09:00",
                  "logged_at": "2026-11-20T09:00:00Z", "routine": null, "level": 5, "reps": null,
                  "minutes": null, "note": "old"}]})");
  EXPECT_EQ(ok({"import", file.string()}), "imported 1 entry from '" + file.string() + "': 1 pain, 0 done, 0 signs\n");
  EXPECT_EQ(ok({"export"}), kHeaderWithPlaces + "pain,2026-11-20,09:00,2026-11-20T09:00:00Z,,5,,,old,,,\r\n");
  EXPECT_NE(ok({"export", "--format", "json"}).find("\"note\": \"old\",\n      \"where\": [],\n      \"sign\": null,\n"),
            std::string::npos);
}

TEST_F(TransferPlaces, BadRegionsAndSignsAreListedAndNothingIsWritten) {
  ok({"pain", "4"});
  expect_import_refused(
      "bad.csv",
      kHeaderFormat3 + "pain,2026-11-20,09:00,2026-11-20T09:00:00Z,,5,,,,low-back hip-grion,\r\n"
                          "pain,2026-11-20,09:00,2026-11-20T09:00:00Z,,5,,,,pubic:left,\r\n"
                          "pain,2026-11-20,09:00,2026-11-20T09:00:00Z,,5,,,,buttock:up,\r\n"
                          "sign,2026-11-20,09:00,2026-11-20T09:00:00Z,,,,,,,leg-weakness\r\n"
                          "sign,2026-11-20,09:00,2026-11-20T09:00:00Z,,4,,,,,leg-swelling:left\r\n"
                          "done,2026-11-20,09:00,2026-11-20T09:00:00Z,knee-hug,,,,,low-back,\r\n"
                          "sign,2026-11-20,09:00,2026-11-20T09:00:00Z,,,,,,,saddle-numbness:left\r\n",
      "7 problems",
      "line 2: where: unknown region 'hip-grion' (did you mean 'hip-groin'?): accepted low-back, sacroiliac, buttock, pubic, "
      "hip-groin, back-thigh, below-knee, upper-back, other\n"
      "line 3: where: region 'pubic:left' takes no side: accepted pubic alone\n"
      "line 4: where: invalid side in 'buttock:up': accepted left, right or both, as buttock:left\n"
      "line 5: sign: sign 'leg-weakness' needs a side: accepted leg-weakness:left, leg-weakness:right or "
      "leg-weakness:both\n"
      "line 6: level: invalid '4': accepted empty for a sign entry\n"
      "line 7: where: invalid 'low-back': accepted empty for a done entry\n"
      "line 8: sign: sign 'saddle-numbness:left' takes no side: accepted saddle-numbness alone");
}

TEST_F(TransferPlaces, BadWhereInJsonIsListedAndNothingIsWritten) {
  ok({"pain", "4"});
  const std::string pain = R"({"kind": "pain", "date": "2026-11-20", "time": "09:00", "logged_at": "2026-11-20T09:00:00Z",
                               "level": 5, "note": "", )";
  const std::string accepted = R"(accepted an array of text (such as ["low-back", "sacroiliac:left"]) or null)";
  expect_import_refused(
      "bad.json",
      R"({"format_version": 3, "entries": [)" + pain + R"("where": "low-back"}, )" + pain +
          R"("where": ["low-back", 3]}, )" + pain + R"("where": ["low-back buttock"]}, )" + pain +
          R"("where": ["pubic:left"], "side": "left"}]})",
      "5 problems",
      "entry 1: where: a string: " + accepted + "\n" +
      "entry 2: where: an array holding a number: " + accepted + "\n" +
      "entry 3: where: invalid 'low-back buttock': " + accepted + ", one place a string\n" +
      "entry 4: side: unknown key: accepted kind, date, time, logged_at, routine, level, reps, minutes, note, where, "
      "sign, tags, uuid, stamp, device\n"
      "entry 4: where: region 'pubic:left' takes no side: accepted pubic alone");
}

}  // namespace
}  // namespace backcare::e2e

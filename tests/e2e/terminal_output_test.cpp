// Raw bytes never reach a terminal: notes and paths are shown escaped there, while piped output and files
// keep notes exact. A terminal is a real pseudo-terminal, made by util-linux `script`.
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

/// OSC 52: a terminal that honours it puts "hello" on the clipboard. U+202E turns the rest of the line
/// backwards, so "evil" would read "live".
const std::string kNote = "copy \x1b]52;c;aGVsbG8=\x07 then \u202e" "evil";
const std::string kNoteShown = "copy \\x1b]52;c;aGVsbG8=\\x07 then \\u202e" "evil";
const std::string kCsvHeader = "kind,date,time,logged_at,routine,level,reps,minutes,note,where,sign,tags\r\n";
/// After the note: an empty where and sign.
const std::string kCsvRowEnd = ",,,\r\n";
const std::string kCsvRow = "pain,2026-11-26,12:00,2026-11-26T12:00:00Z,,4,,,";

class TerminalOutput : public DiaryTest {
 protected:
  void SetUp() override {
    DiaryTest::SetUp();
    if (std::system("command -v script >/dev/null 2>&1") != 0) GTEST_SKIP() << "util-linux script is missing: skipped";
  }

  /// What a terminal receives from backcare run with `args` on this test's diary. NO_COLOR, so what is
  /// escaped does not hang on colour; `stty -onlcr` keeps line ends as written, so the output compares
  /// byte for byte with a piped one.
  std::string on_terminal(const std::vector<std::string>& args) {
    const auto script = dir_ / "run.sh";
    std::ofstream text(script, std::ios::binary);
    text << "stty -onlcr\nexec env -i PATH=/usr/bin:/bin TZ=UTC NO_COLOR=1 BACKCARE_TODAY=" << today_ << " '"
         << BACKCARE_BINARY << "' --db '" << db_.string() << "'";
    for (const auto& arg : args) text << " '" << arg << "'";  // no test argument holds a quote
    text.close();
    std::string out;
    if (FILE* pipe = ::popen(("script -qc 'sh " + script.string() + "' /dev/null </dev/null").c_str(), "r")) {
      char buffer[4096];
      while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
      ::pclose(pipe);
    }
    return out;
  }
};

TEST_F(TerminalOutput, HistoryAndTodayShowANoteEscapedOnATerminalAndPiped) {
  ok({"pain", "4", "--note", kNote});
  const auto history = "History 2026-10-28 to 2026-11-26, newest first\nThu 26 Nov 2026\n  p1  12:00  pain 4/10  " +
                       kNoteShown + "\n" + kHistoryHint;
  EXPECT_EQ(on_terminal({"history"}), history);
  EXPECT_EQ(ok({"history"}), history);
  const auto today = on_terminal({"today"});
  EXPECT_EQ(today, ok({"today"}));
  EXPECT_TRUE(today.starts_with("Today: Thu 26 Nov 2026\nPain: 1 entry, mean 4.0, worst 4\n  12:00  4/10   " +
                                kNoteShown + "\nRoutines: 0 of 8 done\n"))
      << today;
}

TEST_F(TerminalOutput, ExportToATerminalIsEscapedAndPipedIsExact) {
  ok({"pain", "4", "--note", kNote});
  EXPECT_EQ(on_terminal({"export"}), kCsvHeader + kCsvRow + kNoteShown + kCsvRowEnd);
  EXPECT_EQ(ok({"export"}), kCsvHeader + kCsvRow + kNote + kCsvRowEnd);
  const auto file = dir_ / "diary.csv";
  EXPECT_EQ(on_terminal({"export", "--out", file.string()}),
            "exported 1 entry to '" + file.string() + "' (csv, readable by you only)\n");
  EXPECT_EQ(read_file(file), kCsvHeader + kCsvRow + kNote + kCsvRowEnd);
}

TEST_F(TerminalOutput, JsonEscapesC1AndBidiControlsOnATerminalAndPiped) {
  ok({"pain", "4", "--note", "\u009b" "31m red \u202e" "evil"});
  const auto history = ok({"history", "--json"});
  EXPECT_EQ(on_terminal({"history", "--json"}), history);
  expect_golden("history_json_c1_bidi", history);
  const auto exported = ok({"export", "--format", "json"});
  EXPECT_EQ(on_terminal({"export", "--format", "json"}), exported);
  expect_golden("export_json_c1_bidi", mask_identities(exported));
  // The escapes are JSON's own: an import reads the note back exact.
  const auto file = dir_ / "diary.json";
  std::ofstream(file, std::ios::binary) << exported;
  const auto second = dir_ / "second.db";
  ASSERT_EQ(run_binary({"--db", second.string(), "import", file.string()}, {{"BACKCARE_TODAY", today_}}).exit_code, 0);
  EXPECT_EQ(run_binary({"--db", second.string(), "export"}, {{"BACKCARE_TODAY", today_}}).out,
            kCsvHeader + kCsvRow + "\u009b" "31m red \u202e" "evil" + kCsvRowEnd);
}

TEST_F(TerminalOutput, ADiaryPathIsEscapedInOpenErrors) {
  const auto not_a_diary = dir_ / "list\x1b]0;owned\x07.db";
  std::ofstream(not_a_diary) << "milk\n";
  const auto result = run_binary({"--db", not_a_diary.string(), "today"}, {{"BACKCARE_TODAY", today_}});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "backcare: error: '" + dir_.string() +
                            "/list\\x1b]0;owned\\x07.db' is not a backcare diary (file is not a database); it was "
                            "left untouched\n");
  const auto under_a_file = dir_ / "list\x1b]0;owned\x07.db" / "diary\u202e.db";
  const auto created = run_binary({"--db", under_a_file.string(), "pain", "4"}, {{"BACKCARE_TODAY", today_}});
  EXPECT_EQ(created.exit_code, 1);
  EXPECT_EQ(created.err, "backcare: error: cannot create the diary '" + dir_.string() +
                             "/list\\x1b]0;owned\\x07.db/diary\\u202e.db': Not a directory\n");
}

TEST_F(TerminalOutput, ARoutineNameFromAnOlderDiaryIsShownEscaped) {
  // Of kind other, so no caution follows (her own exercises carry the general ones: RoutinesTest).
  ok({"routine", "add", "tilt", "--name", "Tilt", "--kind", "other", "--dose", "10"});
  // Names are checked as they come in now; an older backcare let these through.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  const auto rename = "UPDATE routine SET name = 'Tilt \u202ereverse', dose = '\u009b31m' WHERE slug = 'tilt'";
  EXPECT_EQ(sqlite3_exec(db, rename, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
  EXPECT_EQ(on_terminal({"show", "tilt"}), "Tilt \\u202ereverse (tilt)\nKind: other; dose: \\u009b31m\n"
                                           "Your own routine: backcare has no steps for it.\n");
  EXPECT_NE(ok({"routines"}).find("tilt          Tilt \\u202ereverse            other     \\u009b31m  (yours)\n"),
            std::string::npos);
}

}  // namespace
}  // namespace backcare::e2e

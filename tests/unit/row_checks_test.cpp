#include <gtest/gtest.h>

#include "support/fixtures.hpp"
#include "transfer/row_checks.hpp"

using namespace backcare::domain;
using namespace backcare::transfer;
using backcare::fixtures::done_row;
using backcare::fixtures::pain_row;

namespace {

const Day kToday = Day{date::year{2026} / 11 / 26};

std::string checked(const EntryRow& row) {
  std::vector<Problem> problems;
  check_entry(row, "line 2", {"knee-hug"}, problems);
  std::string out;
  for (const auto& p : problems) out += p.field + ": " + p.why + "\n";
  return out;
}

}  // namespace

TEST(CheckEntry, AcceptsWhatExportWrites) {
  EXPECT_EQ(checked(pain_row("0")), "");
  EXPECT_EQ(checked(pain_row("10")), "");
  auto row = done_row("knee-hug");
  row.reps = "1000";
  row.minutes = "600";
  row.note = std::string(1000, 'x');
  EXPECT_EQ(checked(row), "");
}

TEST(CheckEntry, NamesEveryBadField) {
  EXPECT_EQ(checked(pain_row("06")), "level: invalid '06': accepted a whole number from 0 to 10\n");
  EXPECT_EQ(checked(pain_row("")), "level: empty: accepted a whole number from 0 to 10\n");
  EXPECT_EQ(checked({"ache", "2026-02-30", std::nullopt, "yesterday", "", "", "", "", ""}),
            "kind: invalid 'ache': accepted pain or done\n"
            "date: invalid '2026-02-30': accepted a real day YYYY-MM-DD\n"
            "logged_at: invalid 'yesterday': accepted a UTC time YYYY-MM-DDTHH:MM:SSZ\n");
  auto row = done_row("back-rubb");
  row.level = "5";
  row.reps = "0";
  row.minutes = "601";
  EXPECT_EQ(checked(row),
            "routine: no routine 'back-rubb' in the diary or the file: accepted a known routine slug\n"
            "level: invalid '5': accepted empty for a done entry\n"
            "reps: invalid '0': accepted empty or a whole number from 1 to 1000\n"
            "minutes: invalid '601': accepted empty or a whole number from 1 to 600\n");
}

TEST(CheckEntry, RefusesNotesThatAreTooLongNotUtf8OrHoldNul) {
  auto row = pain_row("5");
  row.note = std::string(1001, 'x');
  EXPECT_EQ(checked(row), "note: 1001 characters: accepted up to 1000 characters\n");
  row.note = "bad \xff";
  EXPECT_EQ(checked(row), "note: invalid 'bad \\xff': accepted UTF-8 text\n");
  row.note = std::string("nul\0here", 8);
  EXPECT_EQ(checked(row), "note: invalid 'nul\\x00here': accepted text without NUL characters\n");
}

TEST(CheckSetting, NormalisesOrExplains) {
  std::vector<Problem> problems;
  EXPECT_EQ(check_setting("birth-type", "Caesarean", kToday, problems), "caesarean");
  EXPECT_FALSE(check_setting("colour", "blue", kToday, problems));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].where, "settings");
  EXPECT_EQ(problems[0].why, "no setting 'colour': accepted birth-date, birth-type, cleared-for-exercise, day-starts, week-start, morning, evening, anaesthesia");
}

TEST(ProblemsMessage, ListsTwentyThenCounts) {
  std::vector<Problem> problems;
  for (int i = 1; i <= 23; ++i) problems.push_back({"line " + std::to_string(i + 1), "level", "why"});
  const auto message = problems_message("bad.csv", problems);
  EXPECT_TRUE(message.starts_with("nothing imported: 23 problems in 'bad.csv'\nline 2: level: why\n"));
  EXPECT_TRUE(message.ends_with("\nline 21: level: why\nand 3 more"));
}

#include <gtest/gtest.h>

#include "content/content.hpp"
#include "support/fixtures.hpp"
#include "transfer/row_checks.hpp"

using namespace backcare::domain;
using namespace backcare::transfer;
using backcare::fixtures::done_row;
using backcare::fixtures::pain_row;

namespace {

const Day kToday = Day{date::year{2026} / 11 / 26};

/// The regions and signs of the real content, as an import checks against them.
const EntryPlaceKinds& row_check_kinds() {
  static const auto content = backcare::content::load_content();
  static const EntryPlaceKinds kinds{content.region_kinds(), content.sign_kinds()};
  return kinds;
}

std::string checked(const EntryRow& row) {
  std::vector<Problem> problems;
  check_entry(row, "line 2", {"knee-hug"}, row_check_kinds(), problems);
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
  EXPECT_EQ(checked({"ache", "2026-02-30", std::nullopt, "yesterday", "", "", "", "", "", "", "", "", {}}),
            "kind: invalid 'ache': accepted pain, done, sign or tag\n"
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

TEST(CheckEntry, AcceptsRegionsAndSignsAsExportWritesThem) {
  EXPECT_EQ(checked(pain_row("5")), "");
  auto pain = pain_row("5");
  pain.where = "low-back sacroiliac:left buttock:right pubic";
  EXPECT_EQ(checked(pain), "");
  for (const char* sign : {"leg-numbness:left", "leg-tingling:right", "leg-weakness:both", "leg-swelling:left",
                           "saddle-numbness", "bladder-bowel"}) {
    EXPECT_EQ(checked(backcare::fixtures::sign_export_row(sign)), "") << sign;
  }
}

TEST(CheckEntry, RefusesBadRegionsAndSignsNamingThem) {
  auto pain = pain_row("5");
  pain.where = "low-back knee";
  EXPECT_NE(checked(pain).find("where: unknown region 'knee'"), std::string::npos) << checked(pain);
  pain.where = "pubic:left";
  EXPECT_EQ(checked(pain), "where: region 'pubic:left' takes no side: accepted pubic alone\n");
  pain.where = "buttock:up";
  EXPECT_EQ(checked(pain), "where: invalid side in 'buttock:up': accepted left, right or both, as buttock:left\n");
  pain.where = "Low-Back";
  EXPECT_EQ(checked(pain),
            "where: invalid 'Low-Back': accepted regions in lower case, as slug or slug:side, one space between each two\n");
  pain.where = "low-back low-back";
  EXPECT_NE(checked(pain).find("each once"), std::string::npos) << checked(pain);
  pain.where = "";
  pain.sign = "saddle-numbness";
  EXPECT_EQ(checked(pain), "sign: invalid 'saddle-numbness': accepted empty for a pain entry\n");

  auto sign = backcare::fixtures::sign_export_row("leg-numbness");
  EXPECT_EQ(checked(sign), "sign: sign 'leg-numbness' needs a side: accepted leg-numbness:left, leg-numbness:right or "
                           "leg-numbness:both\n");
  sign = backcare::fixtures::sign_export_row("leg-swelling:left");
  sign.level = "5";
  sign.where = "low-back";
  EXPECT_EQ(checked(sign), "level: invalid '5': accepted empty for a sign entry\n"
                           "where: invalid 'low-back': accepted empty for a sign entry\n");
  EXPECT_EQ(checked(backcare::fixtures::sign_export_row("")),
            "sign: empty: accepted one sign for a sign entry, as slug or slug:side\n");
  EXPECT_EQ(checked(backcare::fixtures::sign_export_row("saddle-numbness bladder-bowel")),
            "sign: invalid 'saddle-numbness bladder-bowel': accepted one sign for a sign entry, as slug or slug:side\n");

  auto done = done_row("knee-hug");
  done.where = "low-back";
  done.sign = "bladder-bowel";
  EXPECT_EQ(checked(done), "where: invalid 'low-back': accepted empty for a done entry\n"
                           "sign: invalid 'bladder-bowel': accepted empty for a done entry\n");
}

TEST(CheckEntry, RefusesStraySpacesInWhereQuotingThem) {
  auto pain = pain_row("5");
  pain.where = "low-back  buttock";
  EXPECT_EQ(checked(pain), "where: invalid 'low-back  buttock': accepted regions in lower case, as slug or "
                           "slug:side, one space between each two\n");
  pain.where = " low-back";
  EXPECT_NE(checked(pain).find("where: invalid ' low-back'"), std::string::npos) << checked(pain);
}

// suggest, week and trend through the built binary: whole outputs against golden files, each suggestion
// rule at least once, and every refused WEEK, --weeks and --since value.
#include "domain/day.hpp"
#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

class Reports : public DiaryTest {
 protected:
  /// `slugs` done on every `step`-th day of `days` days from `first`.
  void done_every(const std::string& first, int days, int step, std::vector<std::string> slugs) {
    const domain::Day start = *domain::parse_iso(first);
    slugs.insert(slugs.begin(), "done");
    slugs.push_back("--date");
    for (int i = 0; i < days; i += step) {
      slugs.push_back(domain::format_iso(start + date::days{i}));
      ok(slugs);
      slugs.pop_back();
    }
  }
};

// suggest

TEST_F(Reports, SuggestInANewDiaryAtNoon) {
  // Noon: back-rub and knee-hug wait for the evening (rule 5); exercises wait for a birth date (rule 2);
  // leg-push needs a helper (rule 4); the rest were never done, in article order (rule 6).
  expect_golden("suggest_new_diary", ok({"suggest"}));
}

TEST_F(Reports, SuggestInTheEveningAfterTheMorningRub) {
  ok({"config", "birth-date", "2026-09-01"});
  today_ = "2026-11-26T08:10";
  ok({"done", "back-rub", "palm-press"});
  ok({"done", "knot-rub", "--date", "2026-11-23"});
  ok({"done", "hot-compress", "--date", "2026-11-25"});
  today_ = "2026-11-26T20:30";
  // back-rub once more (rule 1), palm-press not again; knee-hug fits the evening (rule 5); exercises from
  // 6 weeks after the birth (rule 2), sit-up with its caution; the longest undone first (rule 6).
  expect_golden("suggest_evening", ok({"suggest", "--all"}));
  expect_golden("suggest_evening_json", ok({"suggest", "--json"}));
}

TEST_F(Reports, SuggestInTheMorningWithAHelper) {
  ok({"config", "cleared-for-exercise", "no"});
  ok({"done", "palm-press", "--date", "2026-11-25"});
  ok({"done", "leg-push", "--date", "2026-11-20"});
  today_ = "2026-11-26T07:30";
  expect_golden("suggest_morning_helper", ok({"suggest", "--helper", "--all"}));
}

TEST_F(Reports, SuggestAfterACaesareanHoldsTheSitUp) {
  ok({"config", "birth-date", "2026-09-20"});
  ok({"config", "birth-type", "caesarean"});
  expect_golden("suggest_caesarean_eight_weeks", ok({"suggest", "--all"}));
  ok({"config", "birth-date", "2026-10-20"});
  expect_golden("suggest_caesarean_early", ok({"suggest", "--all"}));
}

TEST_F(Reports, SuggestAfterAHighPainDayOnlyGentleAndTheRedFlags) {
  ok({"config", "cleared-for-exercise", "yes"});
  ok({"pain", "8", "--date", "2026-11-25"});
  ok({"pain", "7", "--date", "2026-11-25"});
  ok({"pain", "6", "--date", "2026-11-20"});
  expect_golden("suggest_high_pain", ok({"suggest", "--all"}));
  expect_golden("suggest_high_pain_json", ok({"suggest", "--json"}));
  // A 3 logged since does not end it: yesterday's 8 is still now.
  ok({"pain", "3"});
  EXPECT_NE(ok({"suggest", "--json"}).find("\"redflags\": true"), std::string::npos);
  // Two diary days on, it is no longer now: everything again, no pointer.
  today_ = "2026-11-27T12:00";
  const auto later = ok({"suggest", "--json"});
  EXPECT_NE(later.find("\"redflags\": false"), std::string::npos);
  EXPECT_NE(later.find("\"gentle_only\": false"), std::string::npos);
}

TEST_F(Reports, SuggestForAnEarlierDayIgnoresTheClock) {
  ok({"done", "back-rub", "--date", "2026-11-24"});
  ok({"done", "back-rub", "--date", "2026-11-24"});
  today_ = "2026-11-26T14:00";
  expect_golden("suggest_earlier_day", ok({"suggest", "--date", "2026-11-24", "--all"}));
}

TEST_F(Reports, SuggestLateAtNightCountsAsTheEveningBefore) {
  today_ = "2026-11-27T01:30";
  const auto out = ok({"suggest"});
  EXPECT_NE(out.find("Suggested for today, Thu 26 Nov 2026 at 01:30, from the article's routines\n"), std::string::npos)
      << out;
  EXPECT_NE(out.find("evening is a time the article gives for it"), std::string::npos) << out;
}

// week

TEST_F(Reports, WeekWithAChangeAgainstTheWeekBefore) {
  pain_days("2026-11-16", {6, 7, -1, 6, 5, -1, 7});
  pain_days("2026-11-23", {5, 4, 4, 3});
  ok({"pain", "6", "--date", "2026-11-23"});
  ok({"pain", "8", "--date", "2026-11-24"});
  done_every("2026-11-23", 4, 1, {"back-rub", "back-rub", "palm-press"});
  done_every("2026-11-23", 4, 2, {"knee-hug"});
  expect_golden("week_this", ok({"week"}));
  expect_golden("week_this_json", ok({"week", "--json"}));
  expect_golden("week_last", ok({"week", "last"}));
  EXPECT_EQ(ok({"week", "2026-W47"}), ok({"week", "last"}));
  EXPECT_EQ(ok({"week", "2026-11-19"}), ok({"week", "last"}));
  EXPECT_EQ(ok({"week", "2026-11-29"}), ok({"week"}));  // a later day of this week
}

TEST_F(Reports, WeekOfNothing) { expect_golden("week_empty", ok({"week", "2026-W10"})); }

TEST_F(Reports, WeekAcrossTheYearEnd) {
  today_ = "2027-01-02";
  pain_days("2026-12-28", {4, 5, 6, 5, 3});
  ok({"done", "waist-roll", "--date", "2027-01-01"});
  expect_golden("week_2026_w53", ok({"week"}));
  EXPECT_EQ(ok({"week", "2026-W53"}), ok({"week"}));
  EXPECT_EQ(ok({"week", "2027-01-01"}), ok({"week"}));
  EXPECT_EQ(ok({"week", "2026-12-28"}), ok({"week"}));
}

TEST_F(Reports, WeekStartingOnSunday) {
  ok({"config", "week-start", "sunday"});
  pain_days("2026-11-21", {5, 4, 6, 5});  // Saturday, then Sunday to Tuesday
  expect_golden("week_sunday", ok({"week"}));
  expect_golden("week_sunday_json", ok({"week", "last", "--json"}));
}

// trend

TEST_F(Reports, TrendOfANewDiary) { expect_golden("trend_empty", ok({"trend"})); }

TEST_F(Reports, TrendWithABaselineAndAMeaningfulImprovement) {
  ok({"pain", "5", "--date", "2026-09-30"});  // 2026-W40: one day, before the default 8 weeks
  // 2026-W41 is the baseline (5 days, mean 6.6); pain eases; 2026-W48 has 4 days, mean 4.25: -2.35 points, -36%.
  pain_days("2026-10-05", {7, 6, 7, 6, 7, -1, -1});
  pain_days("2026-10-12", {6, 7, 6, -1, 6, 6, -1});
  pain_days("2026-10-19", {6, 5, -1, 6, 5, -1, -1});
  pain_days("2026-10-26", {-1, -1, 5, -1, -1, -1, -1});
  pain_days("2026-11-02", {5, 5, 6, 4, 5, -1, 5});
  pain_days("2026-11-09", {5, 4, 5, 5, -1, 4, 4});
  pain_days("2026-11-16", {4, 5, 4, -1, 4, 5, 4});
  pain_days("2026-11-23", {4, 5, 4, 4});
  done_every("2026-10-12", 46, 2, {"back-rub"});
  done_every("2026-11-16", 11, 1, {"palm-press"});
  expect_golden("trend_improvement", ok({"trend"}));
  expect_golden("trend_improvement_json", ok({"trend", "--json"}));
  expect_golden("trend_weeks_3", ok({"trend", "--weeks", "3"}));
  expect_golden("trend_all", ok({"trend", "--all"}));
  EXPECT_EQ(ok({"trend", "--since", "2026-10-01"}), ok({"trend", "--all"}));
}

TEST_F(Reports, ARunOfEmptyWeeksIsOneLineInTheTrendAndTheReport) {
  pain_days("2026-01-05", {4, 4, 5, 4, 4});  // W02, then nothing until W47
  pain_days("2026-11-16", {3, 4, 3, 3, 4});
  ok({"pain", "3", "--date", "2026-11-02"});  // W45 alone between two empty weeks stays a week of its own
  const auto trend = ok({"trend", "--all"});
  expect_golden("trend_all_gap", trend);
  EXPECT_NE(trend.find("no entries from 2026-W03 to 2026-W44 (42 weeks)\n"), std::string::npos) << trend;
  const auto file = dir_ / "report.html";
  ok({"report", "--from", "2026-01-05", "--out", file.string()});
  const auto html = read_file(file);
  EXPECT_NE(html.find("<tr class=\"gap\"><td colspan=\"7\">no entries from 2026-W03 to 2026-W44 (42 weeks)</td></tr>"),
            std::string::npos);
}

TEST_F(Reports, TrendWorseFromALowBaselineShowsPointsAndTheRedFlags) {
  pain_days("2026-11-02", {3, 3, 2, 3, 3});
  pain_days("2026-11-23", {5, 6, 5, 6});
  expect_golden("trend_worse", ok({"trend", "--weeks", "4"}));
}

// refused input

TEST_F(Reports, RefusesBadWeeksAndRanges) {
  ok({"pain", "5", "--date", "yesterday"});
  ok({"done", "back-rub"});
  const std::string accepted = "accepted an ISO week such as 2026-W47, last, or a day YYYY-MM-DD";
  expect_refused({"week", "2026-W54"}, "invalid week '2026-W54': 2026 has 53 weeks; " + accepted);
  expect_refused({"week", "2025-W53"}, "invalid week '2025-W53': 2025 has 52 weeks; " + accepted);
  expect_refused({"week", "banana"}, "invalid week 'banana': " + accepted);
  expect_refused({"week", "2026-02-30"}, "invalid week '2026-02-30': " + accepted);
  expect_refused({"week", "\x1b[2J"}, "invalid week '\\x1b[2J': " + accepted);
  expect_refused({"week", "2026-W49"}, "week '2026-W49' is in the future: accepted a week up to this one, 2026-W48");
  expect_refused({"week", "2026-11-30"}, "week '2026-11-30' is in the future: accepted a week up to this one, 2026-W48");
  expect_refused({"trend", "--weeks", "0"}, "invalid --weeks '0': accepted a whole number from 1 to 520");
  expect_refused({"trend", "--weeks", "521"}, "invalid --weeks '521': accepted a whole number from 1 to 520");
  expect_refused({"trend", "--weeks", "abc"}, "invalid --weeks 'abc': accepted a whole number from 1 to 520");
  expect_refused({"trend", "--since", "2026-13-01"},
                 "invalid --since '2026-13-01': accepted YYYY-MM-DD (a real day), today, yesterday or a weekday name "
                 "such as monday");
  expect_refused({"trend", "--since", "2026-11-27"},
                 "--since '2026-11-27' is in the future: accepted a day up to today, 2026-11-26");
  expect_refused({"trend", "--weeks", "3", "--all"}, "--weeks excludes --all (see 'backcare trend --help')");
  expect_refused({"suggest", "--date", "2026-11-27"},
                 "--date '2026-11-27' is in the future: accepted a day up to today, 2026-11-26");
}

}  // namespace
}  // namespace backcare::e2e

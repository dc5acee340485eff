#include <gtest/gtest.h>

#include "reports/week.hpp"
#include "support/fixtures.hpp"

using namespace backcare;
using namespace backcare::reports;
using backcare::fixtures::routine;
using domain::Day;

namespace {

const Day kSummaryMonday = Day{date::year{2026} / 11 / 23};  // 2026-W48

Day summary_day(int offset) { return kSummaryMonday + date::days{offset}; }

WeekInput input_with(std::vector<domain::DailyPain> pain) {
  WeekInput input;
  input.first = kSummaryMonday;
  input.today = kSummaryMonday + date::days{13};  // the week after
  input.pain = std::move(pain);
  input.catalogue = {routine("palm-press"), routine("back-rub"), routine("knee-hug")};
  return input;
}

}  // namespace

TEST(WeekSummary, AveragesDailyMeansNotEntries) {
  // Monday: four entries with mean 5; Wednesday: one entry of 2. Entries average 4.4; days average 3.5.
  const auto summary = summarize_week(input_with({{summary_day(0), 5.0, 8, 4}, {summary_day(2), 2.0, 2, 1}}));
  EXPECT_EQ(summary.name, "2026-W48");
  EXPECT_EQ(summary.end, summary_day(6));
  EXPECT_DOUBLE_EQ(*summary.figures.pain_mean, 3.5);
  EXPECT_EQ(summary.figures.days_logged, 2);
  EXPECT_EQ(summary.reliability, rules::Reliability::not_enough);
  EXPECT_EQ(summary.days[0].pain_entries, 4);
  EXPECT_FALSE(summary.days[1].pain_mean);
  EXPECT_EQ(summary.figures.severe_days, 1);  // Monday held an 8
  EXPECT_EQ(*summary.figures.worst_day, summary_day(0));
}

TEST(WeekSummary, WorstDayIsTheHighestEntryThenTheHigherMeanThenTheLaterDay) {
  // Tuesday 8, 8 (mean 8) beats Friday 7, 8, 7, 6 (mean 7) though Tuesday comes first.
  auto summary = summarize_week(input_with({{summary_day(1), 8.0, 8, 2}, {summary_day(4), 7.0, 8, 4}, {summary_day(2), 4.0, 5, 1}}));
  EXPECT_EQ(*summary.figures.worst_day, summary_day(1));
  EXPECT_EQ(*summary.figures.pain_max, 8);
  EXPECT_EQ(summary.figures.severe_days, 2);
  EXPECT_EQ(summary.reliability, rules::Reliability::provisional);
  // The order of the rows does not matter.
  summary = summarize_week(input_with({{summary_day(4), 7.0, 8, 4}, {summary_day(1), 8.0, 8, 2}}));
  EXPECT_EQ(*summary.figures.worst_day, summary_day(1));
  // Equal in both: the later day.
  summary = summarize_week(input_with({{summary_day(1), 6.0, 7, 1}, {summary_day(4), 6.0, 7, 1}}));
  EXPECT_EQ(*summary.figures.worst_day, summary_day(4));
}

TEST(WeekSummary, ChangeOnlyWhenBothWeeksHaveThreeDays) {
  auto input = input_with({{summary_day(-7), 6, 6, 1}, {summary_day(-6), 6, 6, 1}, {summary_day(0), 4, 4, 1}, {summary_day(1), 5, 5, 1}, {summary_day(2), 3, 3, 1}});
  auto summary = summarize_week(input);
  EXPECT_DOUBLE_EQ(*summary.previous_pain_mean, 6);
  EXPECT_EQ(summary.previous_days_logged, 2);
  EXPECT_FALSE(summary.change);
  input.pain.push_back({summary_day(-1), 3, 3, 1});  // the week before now: 6, 6, 3 -> mean 5
  summary = summarize_week(input);
  EXPECT_DOUBLE_EQ(*summary.previous_pain_mean, 5);
  EXPECT_DOUBLE_EQ(summary.change->points, -1);
  EXPECT_DOUBLE_EQ(*summary.change->pct, -20);
}

TEST(WeekSummary, NoPercentAgainstAWeekUnderFour) {
  auto summary = summarize_week(
      input_with({{summary_day(-7), 3, 3, 1}, {summary_day(-6), 3, 3, 1}, {summary_day(-5), 3, 3, 1}, {summary_day(0), 2, 2, 1}, {summary_day(1), 2, 2, 1}, {summary_day(2), 2, 2, 1}}));
  EXPECT_DOUBLE_EQ(summary.change->points, -1);
  EXPECT_FALSE(summary.change->pct);
}

TEST(WeekSummary, RoutinesCountedAndDaysInCatalogueOrder) {
  auto input = input_with({});
  input.done = {{summary_day(0), "knee-hug", 1}, {summary_day(0), "back-rub", 2}, {summary_day(3), "back-rub", 1}, {summary_day(9), "back-rub", 1}};
  const auto summary = summarize_week(input);
  ASSERT_EQ(summary.routines.size(), 2u);
  EXPECT_EQ(summary.routines[0].slug, "back-rub");
  EXPECT_EQ(summary.routines[0].count, 3);
  EXPECT_EQ(summary.routines[0].days, 2);
  EXPECT_EQ(summary.routines[1].slug, "knee-hug");
  EXPECT_EQ(summary.days[0].done, (std::vector<std::pair<std::string, int>>{{"back-rub", 2}, {"knee-hug", 1}}));
  EXPECT_FALSE(summary.figures.pain_mean);
}

TEST(WeekSummary, ChartLevelsOnAFixedScale) {
  EXPECT_EQ(chart_level(0), 0);
  EXPECT_EQ(chart_level(10), 7);
  EXPECT_EQ(chart_level(5), 4);    // 3.5 rounds up
  EXPECT_EQ(chart_level(4.9), 3);  // 3.43
  const auto summary = summarize_week(input_with({{summary_day(6), 10, 10, 1}}));
  EXPECT_EQ(summary.days[6].chart_level, 7);
  EXPECT_FALSE(summary.days[5].chart_level);
}

TEST(WeekSummary, SundayWeeksAreNamedByTheirFirstDay) {
  auto input = input_with({{Day{date::year{2026} / 11 / 28}, 4, 4, 1}});
  input.first = Day{date::year{2026} / 11 / 22};
  input.start = domain::WeekStart::sunday;
  const auto summary = summarize_week(input);
  EXPECT_EQ(summary.name, "2026-11-22");
  EXPECT_EQ(summary.days[6].pain_mean, 4);
}

TEST(WeekSummary, ListsARiseOnTheBaselineInThePastThoughNotOnTheWeekBefore) {
  // A reliable baseline of 3, then after a gap a week of 4.8 and the week shown, 5: +0.2 on the week before,
  // +2 on the baseline.
  std::vector<domain::DailyPain> pain;
  auto days = [&](int week, double level) {
    for (int day = 0; day < 5; ++day) pain.push_back({summary_day(7 * week + day), level, int(level), 1});
  };
  days(-4, 3);
  days(-1, 4.8);
  days(0, 5);
  const auto summary = summarize_week(input_with(pain));
  ASSERT_TRUE(summary.change);
  EXPECT_EQ(rules::change_code(summary.change->label), "little_or_no_change");
  ASSERT_EQ(summary.past.size(), 1u);  // the week is long past: listed, never "now"
  EXPECT_EQ(summary.past[0].cause, rules::PointerCause::rise_on_baseline);
  EXPECT_EQ(summary.past[0].week, summary_day(0));
}

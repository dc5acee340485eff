#include <gtest/gtest.h>

#include "reports/trend.hpp"
#include "support/fixtures.hpp"

using namespace backcare;
using namespace backcare::reports;
using domain::Day;

namespace {

const Day kMonday = Day{date::year{2026} / 11 / 2};  // 2026-W45
const Day kToday = Day{date::year{2026} / 11 / 26};  // a Thursday in 2026-W48

Day on(int offset) { return kMonday + date::days{offset}; }

/// `days` days of pain `level`, from `first`.
void log_days(std::vector<domain::DailyPain>& pain, Day first, int days, double level) {
  for (int i = 0; i < days; ++i) pain.push_back({first + date::days{i}, level, int(level), 1});
}

TrendInput input_from(Day first) {
  TrendInput input;
  input.first = first;
  input.today = kToday;
  auto rub = fixtures::routine("back-rub");
  rub.daily_count = 2;
  input.catalogue = {rub, fixtures::routine("knee-hug")};
  return input;
}

}  // namespace

TEST(Trend, WeeksRunFromTheFirstToTheCurrent) {
  auto input = input_from(on(0));
  log_days(input.pain, on(7), 2, 5);
  const auto trend = build_trend(input);
  ASSERT_EQ(trend.weeks.size(), 4u);
  EXPECT_EQ(trend.weeks[0].name, "2026-W45");
  EXPECT_EQ(trend.weeks[3].name, "2026-W48");
  EXPECT_FALSE(trend.weeks[0].figures.pain_mean);
  EXPECT_EQ(trend.weeks[1].chart_units, 20);  // 5.0 is half of the 40 quarter points
  EXPECT_FALSE(trend.changes.baseline);
  EXPECT_FALSE(trend.changes.change);
}

TEST(Trend, BaselineIsTheFirstWeekWithFiveDaysEvenBeforeTheRange) {
  auto input = input_from(on(14));  // the range: 2026-W47 and 2026-W48
  log_days(input.pain, on(-7), 4, 9);  // 2026-W44: four days, not a baseline
  log_days(input.pain, on(0), 5, 6);   // 2026-W45: the baseline
  log_days(input.pain, on(7), 6, 5);
  log_days(input.pain, on(14), 3, 3);  // 2026-W47: latest with 3+ days
  log_days(input.pain, on(21), 2, 1);  // 2026-W48: only 2 days
  const auto trend = build_trend(input);
  ASSERT_TRUE(trend.changes.baseline);
  EXPECT_EQ(trend.changes.baseline->name, "2026-W45");
  EXPECT_DOUBLE_EQ(trend.changes.baseline->pain_mean, 6);
  EXPECT_EQ(trend.changes.latest->name, "2026-W47");
  ASSERT_TRUE(trend.changes.change);
  EXPECT_DOUBLE_EQ(trend.changes.change->points, -3);
  EXPECT_DOUBLE_EQ(*trend.changes.change->pct, -50);
  EXPECT_EQ(rules::change_code(trend.changes.change->label), "substantial_improvement");
  // Only one week of the range has 3+ days: no slope.
  EXPECT_FALSE(trend.slope_per_week);
}

TEST(Trend, NoChangeWhileTheLatestWeekIsTheBaseline) {
  auto input = input_from(on(0));
  log_days(input.pain, on(14), 5, 6);
  log_days(input.pain, on(21), 2, 2);
  const auto trend = build_trend(input);
  EXPECT_EQ(trend.changes.baseline->name, "2026-W47");
  EXPECT_EQ(trend.changes.latest->name, "2026-W47");
  EXPECT_FALSE(trend.changes.change);
}

TEST(Trend, SlopeCountsWeeksWithThreeDaysAtTheirPlace) {
  auto input = input_from(on(0));
  log_days(input.pain, on(0), 3, 6);   // index 0: 6
  log_days(input.pain, on(7), 2, 1);   // index 1: too few days, left out
  log_days(input.pain, on(21), 4, 3);  // index 3: 3
  const auto trend = build_trend(input);
  EXPECT_DOUBLE_EQ(*trend.slope_per_week, -1);
}

TEST(Trend, RoutinePatternsCompareTheNextDayOnDaysWithPainOnly) {
  auto input = input_from(on(0));
  log_days(input.pain, on(1), 20, 4);  // pain logged 3 Nov .. 22 Nov; none on 2 Nov (day 0)
  for (int i = 0; i < 8; ++i) input.done.push_back({on(2 * i + 1), "back-rub", 1});  // days 1, 3, ..., 15
  for (int i = 0; i < 8; ++i) input.pain[std::size_t(2 * i + 1)].mean = 3;  // the day after each: 2, 4, ..., 16
  input.done.push_back({on(0), "knee-hug", 1});  // on a day without pain: never counted
  input.done.push_back({on(1), "knee-hug", 1});
  const auto found = routine_patterns(input, {on(0), kToday + date::days{1}});
  ASSERT_EQ(found.rows.size(), 2u);
  EXPECT_EQ(found.rows[0].slug, "back-rub");
  // Days 1..19 have pain and pain the next day: 8 with the back-rub, 11 without; day 0 has none.
  EXPECT_EQ(found.rows[0].days_with, 8);
  EXPECT_DOUBLE_EQ(*found.rows[0].mean_with, 3);
  EXPECT_EQ(found.rows[0].days_without, 11);
  EXPECT_DOUBLE_EQ(*found.rows[0].mean_without, 4);
  EXPECT_EQ(found.rows[0].label, rules::PatternLabel::no_clear_difference);  // 1 point: not a meaningful size
  EXPECT_EQ(found.rows[1].slug, "knee-hug");
  EXPECT_EQ(found.rows[1].days_with, 1);
  EXPECT_EQ(found.rows[1].label, rules::PatternLabel::not_enough_days);
  EXPECT_EQ(found.compared, 1);
}

TEST(Trend, HabitStreaksAndStrength) {
  auto input = input_from(on(14));  // range from 16 Nov; today 26 Nov
  // back-rub: 10..15 Nov (before the range), 16..19 Nov, then 22..25 Nov, not yet today.
  for (int day = 8; day <= 17; ++day) input.done.push_back({on(day), "back-rub", 2});
  for (int day = 20; day <= 23; ++day) input.done.push_back({on(day), "back-rub", 2});
  input.done.push_back({on(24), "knee-hug", 1});  // today
  input.streaks = {{"back-rub", 4}, {"knee-hug", 1}};  // as Store::runs_up_to counts them
  const auto found = habits(input, {on(14), kToday + date::days{1}});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].slug, "back-rub");
  EXPECT_EQ(found[0].streak, 4);
  EXPECT_EQ(found[0].longest_streak, 4);  // in the range: 16..19 and 22..25
  // 10 full days, 2 missed, 4 full: score = (1 - m^10) m^6 + (1 - m^4).
  const double m = habit_multiplier();
  const double score = (1 - std::pow(m, 10)) * std::pow(m, 6) + (1 - std::pow(m, 4));
  EXPECT_EQ(found[0].strength, int(std::lround(score * 100)));
  EXPECT_EQ(found[0].strength, 49);  // 0.4131 * 0.7262 + 0.1920
  EXPECT_EQ(found[1].slug, "knee-hug");
  EXPECT_EQ(found[1].streak, 1);
  EXPECT_EQ(found[1].strength, 5);
}

TEST(Trend, HalfTheDailyCountIsHalfADay) {
  auto input = input_from(on(21));
  input.done.push_back({on(23), "back-rub", 1});  // once of twice, yesterday
  input.streaks = {{"back-rub", 1}};
  const auto found = habits(input, {on(21), kToday + date::days{1}});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].strength, 3);  // 0.5 * (1 - m) = 2.6%
  EXPECT_EQ(found[0].streak, 1);
}

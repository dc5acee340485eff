#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "reports/patterns.hpp"
#include "rules/patterns.hpp"

using namespace backcare::reports;
using backcare::domain::Day;
using backcare::rules::PatternLabel;

namespace {

Day patterns_day(const char* iso) { return *backcare::domain::parse_iso(iso); }

/// A diary from 2026-01-01: first a day for each value in `with`, on which tag "x" was logged, then a day
/// for each value in `without`.
PatternInput patterns_split(const std::vector<double>& with, const std::vector<double>& without) {
  PatternInput input;
  Factor x{FactorKind::tag, "x", {}};
  Day day = patterns_day("2026-01-01");
  for (double value : with) {
    input.day_means[day] = value;
    x.days.insert(day);
    day += date::days{1};
  }
  for (double value : without) {
    input.day_means[day] = value;
    day += date::days{1};
  }
  input.factors.push_back(x);
  return input;
}

/// A factor logged on the first `count` days from 2026-01-01.
Factor patterns_on_first(FactorKind kind, const std::string& slug, int count) {
  Factor factor{kind, slug, {}};
  for (int i = 0; i < count; ++i) factor.days.insert(patterns_day("2026-01-01") + date::days{i});
  return factor;
}

}  // namespace

TEST(Patterns, ADayWithoutEntriesIsNotAWithoutDayAndNothingBeforeTheFirstCounts) {
  PatternInput input;
  for (Day day = patterns_day("2026-03-01"); day <= patterns_day("2026-03-20"); day += date::days{1}) {
    input.day_means[day] = 3;
  }
  for (const char* missing : {"2026-03-05", "2026-03-10", "2026-03-15"}) input.day_means.erase(patterns_day(missing));
  input.day_means[patterns_day("2026-03-01")] = 6;
  input.day_means[patterns_day("2026-03-02")] = 8;
  // Logged on two days with pain, two days without entries and a day before the diary began.
  input.factors.push_back({FactorKind::tag, "walk",
                           {patterns_day("2026-02-20"), patterns_day("2026-03-01"), patterns_day("2026-03-02"),
                            patterns_day("2026-03-05"), patterns_day("2026-03-10")}});
  const auto patterns = build_patterns(input);
  ASSERT_EQ(patterns.rows.size(), 1u);
  const auto& row = patterns.rows[0];
  EXPECT_EQ(row.days_with, 2);
  EXPECT_EQ(row.days_without, 15);  // the 17 days with entries, less the two with it
  EXPECT_DOUBLE_EQ(*row.mean_with, 7);
  EXPECT_DOUBLE_EQ(*row.mean_without, 3);
  EXPECT_EQ(row.label, PatternLabel::not_enough_days);
  EXPECT_EQ(patterns.compared, 0);
}

TEST(Patterns, NextDayCrossesTheYearEnd) {
  PatternInput input;
  input.next_day = true;
  input.day_means = {{patterns_day("2024-12-30"), 3}, {patterns_day("2024-12-31"), 4},
                     {patterns_day("2025-01-01"), 8}, {patterns_day("2025-01-03"), 5}};
  input.factors.push_back({FactorKind::routine, "late-night", {patterns_day("2024-12-31")}});
  const auto row = build_patterns(input).rows.at(0);
  // 30 Dec is valued at 31 Dec's 4, 31 Dec at 1 Jan's 8; 1 Jan and 3 Jan have no next day with entries.
  EXPECT_EQ(row.days_with, 1);
  EXPECT_EQ(row.days_without, 1);
  EXPECT_DOUBLE_EQ(*row.mean_with, 8);
  EXPECT_DOUBLE_EQ(*row.mean_without, 4);
  EXPECT_FALSE(row.interval);
}

TEST(Patterns, NextDayCrossesTheEndOfFebruaryInLeapAndOtherYears) {
  PatternInput leap;
  leap.next_day = true;
  leap.day_means = {{patterns_day("2024-02-28"), 2}, {patterns_day("2024-02-29"), 3}, {patterns_day("2024-03-01"), 9}};
  leap.factors.push_back({FactorKind::tag, "x", {patterns_day("2024-02-29")}});
  const auto in_leap_year = build_patterns(leap).rows.at(0);
  EXPECT_EQ(in_leap_year.days_with, 1);
  EXPECT_DOUBLE_EQ(*in_leap_year.mean_with, 9);  // 29 Feb, valued at 1 Mar
  EXPECT_DOUBLE_EQ(*in_leap_year.mean_without, 3);  // 28 Feb, valued at 29 Feb

  PatternInput common;
  common.next_day = true;
  common.day_means = {{patterns_day("2025-02-28"), 2}, {patterns_day("2025-03-01"), 9}};
  common.factors.push_back({FactorKind::tag, "x", {patterns_day("2025-02-28")}});
  const auto in_common_year = build_patterns(common).rows.at(0);
  EXPECT_EQ(in_common_year.days_with, 1);
  EXPECT_EQ(in_common_year.days_without, 0);
  EXPECT_DOUBLE_EQ(*in_common_year.mean_with, 9);
  EXPECT_FALSE(in_common_year.mean_without);
}

TEST(Patterns, SevenDaysOnEachSideIsTheMinimum) {
  const std::vector<double> high{6, 7, 6, 7, 6, 7, 6}, low{2, 3, 2, 3, 2, 3, 2};
  const auto seven_each = build_patterns(patterns_split(high, low));
  EXPECT_EQ(seven_each.rows.at(0).label, PatternLabel::looks_different);
  EXPECT_EQ(seven_each.compared, 1);
  const std::vector<double> six_high(high.begin(), high.end() - 1), six_low(low.begin(), low.end() - 1);
  EXPECT_EQ(build_patterns(patterns_split(six_high, low)).rows.at(0).label, PatternLabel::not_enough_days);
  EXPECT_EQ(build_patterns(patterns_split(high, six_low)).rows.at(0).label, PatternLabel::not_enough_days);
  EXPECT_EQ(build_patterns(patterns_split(six_high, low)).compared, 0);
  // Enough days, but about a point apart: within a single rating's noise.
  const auto close = build_patterns(patterns_split({4, 5, 4, 5, 4, 5, 4}, {3, 4, 3, 4, 3, 4, 3}));
  EXPECT_EQ(close.rows.at(0).label, PatternLabel::no_clear_difference);
  EXPECT_EQ(close.compared, 1);
}

TEST(Patterns, FiveOfEachKindWithTheMostDaysTagsFirst) {
  PatternInput input;
  for (int i = 0; i < 10; ++i) input.day_means[patterns_day("2026-01-01") + date::days{i}] = i % 4;
  // Routines listed first: the output still puts tags first.
  for (const auto& [slug, count] : std::vector<std::pair<std::string, int>>{{"r-z", 2}, {"r-y", 2}, {"r-x", 6}}) {
    input.factors.push_back(patterns_on_first(FactorKind::routine, slug, count));
  }
  for (const auto& [slug, count] : std::vector<std::pair<std::string, int>>{
           {"t-a", 3}, {"t-b", 5}, {"t-c", 5}, {"t-d", 2}, {"t-e", 4}, {"t-f", 1}, {"t-g", 4}}) {
    input.factors.push_back(patterns_on_first(FactorKind::tag, slug, count));
  }
  std::vector<std::string> slugs;
  for (const auto& row : build_patterns(input).rows) slugs.push_back(row.slug);
  // Ties by slug: t-b before t-c, t-e before t-g, r-y before r-z; t-d and t-f are past the cap.
  EXPECT_EQ(slugs, (std::vector<std::string>{"t-b", "t-c", "t-e", "t-g", "t-a", "r-x", "r-y", "r-z"}));
}

TEST(Patterns, AFactorNeverOnACountedDayIsNotListed) {
  PatternInput input = patterns_split({5, 6}, {4, 4, 4});
  input.factors.push_back({FactorKind::tag, "before", {patterns_day("2025-12-31")}});
  input.factors.push_back({FactorKind::routine, "after", {patterns_day("2026-02-01")}});
  input.factors.push_back({FactorKind::routine, "never", {}});
  const auto patterns = build_patterns(input);
  ASSERT_EQ(patterns.rows.size(), 1u);
  EXPECT_EQ(patterns.rows[0].slug, "x");
  // Next day: the last day of the diary has no next day, so a factor on it alone is not listed.
  PatternInput last = patterns_split({5, 6}, {4, 4, 4});
  last.next_day = true;
  last.factors = {{FactorKind::tag, "last", {patterns_day("2026-01-05")}}};
  EXPECT_TRUE(build_patterns(last).rows.empty());
}

TEST(Patterns, IdenticalValuesGiveNoNaN) {
  const auto same = build_patterns(patterns_split(std::vector<double>(7, 4), std::vector<double>(8, 4))).rows.at(0);
  ASSERT_TRUE(same.interval);
  for (double figure : {same.interval->difference, same.interval->low, same.interval->high, same.interval->df}) {
    EXPECT_FALSE(std::isnan(figure));
  }
  EXPECT_DOUBLE_EQ(same.interval->difference, 0);
  EXPECT_EQ(same.label, PatternLabel::no_clear_difference);
  // Alike within each side but 3 apart: no spread, so the interval is the difference itself.
  const auto apart = build_patterns(patterns_split(std::vector<double>(7, 7), std::vector<double>(7, 4))).rows.at(0);
  EXPECT_DOUBLE_EQ(apart.interval->low, 3);
  EXPECT_DOUBLE_EQ(apart.interval->high, 3);
  EXPECT_EQ(apart.label, PatternLabel::looks_different);
}

TEST(PatternsRule, LooksDifferentOnlyWhenTheIntervalExcludesZeroAndTheSizeIsMeaningful) {
  using backcare::rules::pattern_label;
  EXPECT_EQ(pattern_label(7, 7, 2, 0.5, 3.5), PatternLabel::looks_different);
  EXPECT_EQ(pattern_label(7, 7, -2.5, -4, -0.1), PatternLabel::looks_different);
  EXPECT_EQ(pattern_label(7, 7, 1.9999999999999, 0.5, 3.5), PatternLabel::looks_different);  // 2, as computed
  EXPECT_EQ(pattern_label(7, 7, 1.99, 0.5, 3.5), PatternLabel::no_clear_difference);
  EXPECT_EQ(pattern_label(7, 7, 2.5, 0, 5), PatternLabel::no_clear_difference);  // 0 is inside
  EXPECT_EQ(pattern_label(7, 7, 2.5, -0.1, 5), PatternLabel::no_clear_difference);
  EXPECT_EQ(pattern_label(6, 30, 4, 3, 5), PatternLabel::not_enough_days);
  EXPECT_EQ(pattern_label(30, 6, 4, 3, 5), PatternLabel::not_enough_days);
}

TEST(PatternsRule, StableCodes) {
  using backcare::rules::pattern_code;
  EXPECT_STREQ(pattern_code(PatternLabel::looks_different), "looks_different");
  EXPECT_STREQ(pattern_code(PatternLabel::no_clear_difference), "no_clear_difference");
  EXPECT_STREQ(pattern_code(PatternLabel::not_enough_days), "not_enough_days");
}

#include <gtest/gtest.h>

#include <cmath>

#include "reports/statistics.hpp"

using namespace backcare::reports;


TEST(Statistics, RoundsHalfAwayFromZeroWithoutNegativeZero) {
  EXPECT_DOUBLE_EQ(round_to(2.25, 1), 2.3);
  EXPECT_DOUBLE_EQ(round_to(-2.25, 1), -2.3);
  EXPECT_DOUBLE_EQ(round_to(4.0 / 3.0, 1), 1.3);
  EXPECT_DOUBLE_EQ(round_to(-34.5, 0), -35);
  EXPECT_FALSE(std::signbit(round_to(-0.04, 1)));
}

TEST(Statistics, MeanOfNothingIsNone) {
  EXPECT_FALSE(mean_of({}));
  EXPECT_DOUBLE_EQ(*mean_of({4, 5, 9}), 6);
}

TEST(Statistics, LeastSquaresSlopeOnAHandComputedCase) {
  // x = 0, 1, 2, 3; y = 6, 5, 5, 3: mean x 1.5, mean y 4.75;
  // sum (x - 1.5)(y - 4.75) = (-1.5)(1.25) + (-0.5)(0.25) + (0.5)(0.25) + (1.5)(-1.75) = -4.5; sum (x - 1.5)^2 = 5.
  EXPECT_DOUBLE_EQ(*least_squares_slope({{0, 6}, {1, 5}, {2, 5}, {3, 3}}), -0.9);
  // Gaps in x count: two points three weeks apart, 3 points lower.
  EXPECT_DOUBLE_EQ(*least_squares_slope({{0, 6}, {3, 3}}), -1);
  EXPECT_FALSE(least_squares_slope({{2, 5}}));
  EXPECT_FALSE(least_squares_slope({{2, 5}, {2, 6}}));
}

TEST(HabitScore, ThirteenFullDaysReachHalf) {
  const double m = habit_multiplier();
  EXPECT_NEAR(m, 0.948078, 1e-6);
  EXPECT_DOUBLE_EQ(habit_score({}), 0);
  EXPECT_NEAR(habit_score({1}), 1 - m, 1e-12);
  EXPECT_NEAR(habit_score(std::vector<double>(13, 1.0)), 0.5, 1e-12);
  // A missed day lowers the score by the factor m, it does not reset it.
  std::vector<double> days(13, 1.0);
  days.push_back(0);
  EXPECT_NEAR(habit_score(days), 0.5 * m, 1e-12);
}

TEST(HabitScore, PartialDaysCountInProportionAndExtraOnesDoNot) {
  const double m = habit_multiplier();
  // Day 1 half done (one of two), day 2 done three times over: 0.5(1-m)m + 1(1-m).
  EXPECT_NEAR(habit_score({0.5, 3.0}), 0.5 * (1 - m) * m + (1 - m), 1e-12);
}

TEST(Streaks, LongestRun) {
  EXPECT_EQ(longest_run({true, true, true, false, true, true}), 3);
  EXPECT_EQ(longest_run({false, false}), 0);
}

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

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

TEST(Statistics, SampleVarianceDividesByNMinusOne) {
  EXPECT_FALSE(sample_variance({}));
  EXPECT_FALSE(sample_variance({3}));
  // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squares 9+1+1+1+0+0+4+16 = 32, over 7.
  EXPECT_NEAR(*sample_variance({2, 4, 4, 4, 5, 5, 7, 9}), 32.0 / 7.0, 1e-12);
  EXPECT_DOUBLE_EQ(*sample_variance({6, 6, 6}), 0);
}

TEST(Statistics, StudentTQuantileMatchesTheTables) {
  // Two-sided 95% critical values from the published t tables.
  EXPECT_NEAR(student_t_quantile(0.975, 1), 12.7062047, 1e-6);
  EXPECT_NEAR(student_t_quantile(0.975, 2), 4.3026527, 1e-6);
  EXPECT_NEAR(student_t_quantile(0.975, 10), 2.2281389, 1e-6);
  EXPECT_NEAR(student_t_quantile(0.975, 30), 2.0422725, 1e-6);
  EXPECT_NEAR(student_t_quantile(0.995, 5), 4.0321430, 1e-6);
  EXPECT_NEAR(student_t_quantile(0.95, 20), 1.7247182, 1e-6);
  // df = 2 has a closed form: t = (2p - 1) / sqrt(2p(1 - p)).
  EXPECT_NEAR(student_t_quantile(0.9, 2), 0.8 / std::sqrt(2 * 0.9 * 0.1), 1e-9);
  // Symmetric about 0.
  EXPECT_NEAR(student_t_quantile(0.025, 10), -2.2281389, 1e-6);
  EXPECT_EQ(student_t_quantile(0.5, 3), 0);
  // Many degrees of freedom approach the normal's 1.959964.
  EXPECT_NEAR(student_t_quantile(0.975, 1e6), 1.959966, 1e-5);
}

TEST(Statistics, StudentTQuantileForFractionalDegreesOfFreedom) {
  // Welch's df is fractional. 3.5746548 is the reference's figure (tests/e2e/tools/patterns_reference.py,
  // by integrating the density), between the tables' 4.3027 at df 2 and 3.1824 at df 3.
  EXPECT_NEAR(student_t_quantile(0.975, 2.5), 3.5746548, 1e-6);
  EXPECT_NEAR(student_t_quantile(0.975, 1323.0 / 409.0), 3.0557127, 1e-6);
  EXPECT_THROW(student_t_quantile(1, 3), std::invalid_argument);
  EXPECT_THROW(student_t_quantile(0.975, 0), std::invalid_argument);
}

TEST(Welch, IntervalOnAHandComputedCase) {
  // With 1, 2, 3, 4: mean 2.5, variance 5/3; without 2, 4, 6: mean 4, variance 4. Difference -1.5;
  // squared error 5/12 + 4/3 = 7/4; df = (7/4)^2 / ((5/12)^2 / 3 + (4/3)^2 / 2) = 1323/409 = 3.2347;
  // t(0.975, 3.2347) = 3.0557127, so the half width is 3.0557127 * sqrt(7/4) = 4.0423280.
  const auto interval = welch_interval({1, 2, 3, 4}, {2, 4, 6});
  ASSERT_TRUE(interval);
  EXPECT_DOUBLE_EQ(interval->difference, -1.5);
  EXPECT_NEAR(interval->df, 1323.0 / 409.0, 1e-12);
  EXPECT_NEAR(interval->low, -1.5 - 3.0557127 * std::sqrt(1.75), 1e-6);
  EXPECT_NEAR(interval->high, -1.5 + 3.0557127 * std::sqrt(1.75), 1e-6);
  // A narrower level, a narrower interval.
  EXPECT_LT(welch_interval({1, 2, 3, 4}, {2, 4, 6}, 0.8)->high, interval->high);
}

TEST(Welch, NeedsTwoValuesOnEachSide) {
  EXPECT_FALSE(welch_interval({1}, {2, 3}));
  EXPECT_FALSE(welch_interval({1, 2}, {}));
  EXPECT_TRUE(welch_interval({1, 2}, {2, 3}));
}

TEST(Welch, IdenticalValuesGiveThePointDifferenceAndNoNaN) {
  const auto interval = welch_interval({4, 4, 4}, {7, 7, 7, 7});
  ASSERT_TRUE(interval);
  EXPECT_DOUBLE_EQ(interval->difference, -3);
  EXPECT_DOUBLE_EQ(interval->low, -3);
  EXPECT_DOUBLE_EQ(interval->high, -3);
  EXPECT_DOUBLE_EQ(interval->df, 5);  // n1 + n2 - 2, as documented
  // One side alike, the other not: df is the varying side's n - 1.
  const auto one_side = welch_interval({4, 4, 4}, {6, 8});
  ASSERT_TRUE(one_side);
  EXPECT_NEAR(one_side->df, 1, 1e-12);
  EXPECT_FALSE(std::isnan(one_side->low) || std::isnan(one_side->high));
}

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

TEST(Statistics, ReliabilityFollowsLoggedDays) {
  EXPECT_EQ(reliability(7), "reliable");
  EXPECT_EQ(reliability(5), "reliable");
  EXPECT_EQ(reliability(4), "provisional");
  EXPECT_EQ(reliability(3), "provisional");
  EXPECT_EQ(reliability(2), "not enough");
  EXPECT_EQ(reliability(0), "not enough");
}

TEST(ChangeLabel, ImprovementBoundaries) {
  // Baseline 8: 4 points is 50%; 2 points 25%, 2.4 points 30%; 1 point 12.5%.
  EXPECT_EQ(change_between(8, 4).label, "substantial improvement");
  EXPECT_EQ(change_between(8, 6).label, "meaningful improvement");
  EXPECT_EQ(change_between(8, 5.6).label, "meaningful improvement");
  EXPECT_EQ(change_between(8, 7).label, "small change");
  EXPECT_EQ(change_between(8, 7.3).label, "little or no change");  // 0.7 points, 9%
  // Baseline 9: 4 points (44%) is substantial, 3.9 points (43%) meaningful.
  EXPECT_EQ(change_between(9, 5).label, "substantial improvement");
  EXPECT_EQ(change_between(9, 5.1).label, "meaningful improvement");
  // 50% alone decides: baseline 7.8, 3.8 points (49%) is meaningful, 3.9 points (50%) substantial.
  EXPECT_EQ(change_between(7.8, 4.0).label, "meaningful improvement");
  EXPECT_EQ(change_between(7.8, 3.9).label, "substantial improvement");
  // Baseline 5: 1.5 points is 30%, meaningful though under 2 points.
  EXPECT_EQ(change_between(5, 3.5).label, "meaningful improvement");
  EXPECT_EQ(change_between(5, 4.5).label, "small change");  // 10%
  EXPECT_EQ(change_between(5, 4.55).label, "little or no change");  // 0.45 points shown as 0.5 and 9%
}

TEST(ChangeLabel, FiguresAreRoundedAsShown) {
  const Change change = change_between(6.0, 4.0 + 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(change.points, -1.7);
  EXPECT_DOUBLE_EQ(*change.pct, -28);
  EXPECT_EQ(change.label, "small change");
  // A drop of 1.96 shows as 2.0 points, and is labelled as what is shown.
  EXPECT_EQ(change_between(6.0, 4.04).label, "meaningful improvement");
}

TEST(ChangeLabel, UnderFourThePercentIsLeftOut) {
  const Change change = change_between(3, 1.5);  // 50% but only 1.5 points
  EXPECT_FALSE(change.pct);
  EXPECT_EQ(change.label, "small change");
  EXPECT_EQ(change_between(3.5, 1.5).label, "meaningful improvement");
  EXPECT_EQ(change_between(3.9, 3.2).label, "little or no change");
  EXPECT_TRUE(change_between(4, 3).pct);
}

TEST(ChangeLabel, RisesOfTwoPointsOrThirtyPercentAreWorse) {
  EXPECT_TRUE(change_between(4, 6).worse);          // 2 points, 50%
  EXPECT_TRUE(change_between(5, 6.5).worse);        // 1.5 points, 30%
  EXPECT_FALSE(change_between(5, 6.4).worse);       // 1.4 points, 28%
  EXPECT_EQ(change_between(5, 6.4).label, "small change");
  EXPECT_TRUE(change_between(2, 4).worse);          // under 4: points only
  EXPECT_FALSE(change_between(2, 3.9).worse);
  EXPECT_EQ(change_between(4, 6).label, "worse");
  EXPECT_FALSE(change_between(8, 4).worse);
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

TEST(Streaks, RunAtTheEndAndLongestRun) {
  EXPECT_EQ(run_at_end({}), 0);
  EXPECT_EQ(run_at_end({true, false, true, true}), 2);
  EXPECT_EQ(run_at_end({true, true, false}), 0);
  EXPECT_EQ(longest_run({true, true, true, false, true, true}), 3);
  EXPECT_EQ(longest_run({false, false}), 0);
}

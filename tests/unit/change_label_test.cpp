#include <gtest/gtest.h>

#include "rules/rulebook.hpp"

// The rulebook's change labels on hand-computed boundaries (clinical notes §2).

using backcare::rules::change_between;
using backcare::rules::change_code;

namespace {

std::string_view code(double before, double after) { return change_code(change_between(before, after).label); }

}  // namespace

TEST(ChangeLabel, ImprovementBoundaries) {
  // Baseline 8: 4 points is 50%; 2 points 25%, 2.4 points 30%; 1 point 12.5%.
  EXPECT_EQ(code(8, 4), "substantial_improvement");
  EXPECT_EQ(code(8, 6), "likely_meaningful_improvement");
  EXPECT_EQ(code(8, 5.6), "likely_meaningful_improvement");
  EXPECT_EQ(code(8, 7), "small_improvement");
  EXPECT_EQ(code(8, 7.3), "little_or_no_change");  // 0.7 points, 9%
  // Baseline 9: 4 points (44%) is substantial, 3.9 points (43%) meaningful.
  EXPECT_EQ(code(9, 5), "substantial_improvement");
  EXPECT_EQ(code(9, 5.1), "likely_meaningful_improvement");
  // 50% alone decides: baseline 7.8, 3.8 points (49%) is meaningful, 3.9 points (50%) substantial.
  EXPECT_EQ(code(7.8, 4.0), "likely_meaningful_improvement");
  EXPECT_EQ(code(7.8, 3.9), "substantial_improvement");
  // Baseline 5: 1.5 points is 30%, meaningful though under 2 points.
  EXPECT_EQ(code(5, 3.5), "likely_meaningful_improvement");
  EXPECT_EQ(code(5, 4.5), "small_improvement");  // 10%
  EXPECT_EQ(code(5, 4.55), "little_or_no_change");  // 0.45 points shown as 0.5 and 9%
}

TEST(ChangeLabel, FiguresAreRoundedAsShown) {
  const backcare::rules::Change change = change_between(6.0, 4.0 + 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(change.points, -1.7);
  EXPECT_DOUBLE_EQ(*change.pct, -28);
  EXPECT_EQ(change_code(change.label), "small_improvement");
  // A drop of 1.96 shows as 2.0 points, and is labelled as what is shown.
  EXPECT_EQ(code(6.0, 4.04), "likely_meaningful_improvement");
}

TEST(ChangeLabel, UnderFourThePercentIsLeftOut) {
  const backcare::rules::Change change = change_between(3, 1.5);  // 50% but only 1.5 points
  EXPECT_FALSE(change.pct);
  EXPECT_EQ(change_code(change.label), "small_improvement");
  EXPECT_EQ(code(3.5, 1.5), "likely_meaningful_improvement");
  EXPECT_EQ(code(3.9, 3.2), "little_or_no_change");
  EXPECT_TRUE(change_between(4, 3).pct);
}

TEST(ChangeLabel, RisesOfTwoPointsOrThirtyPercentAreWorse) {
  EXPECT_TRUE(change_between(4, 6).meaningful_rise());          // 2 points, 50%
  EXPECT_TRUE(change_between(5, 6.5).meaningful_rise());        // 1.5 points, 30%
  EXPECT_FALSE(change_between(5, 6.4).meaningful_rise());       // 1.4 points, 28%
  EXPECT_EQ(code(5, 6.4), "small_worsening");
  EXPECT_TRUE(change_between(2, 4).meaningful_rise());          // under 4: points only
  EXPECT_FALSE(change_between(2, 3.9).meaningful_rise());
  EXPECT_EQ(code(4, 6), "substantial_worsening");  // 50%
  EXPECT_FALSE(change_between(8, 4).meaningful_rise());
}

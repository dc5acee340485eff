#include <gtest/gtest.h>

#include "rules/redflag_pointer.hpp"
#include "rules/rulebook.hpp"

using namespace backcare;
using namespace backcare::rules;

namespace {

const domain::Day kRuleDay = domain::Day{date::year{2026} / 11 / 24};

std::string_view code_of(double before, double after) { return change_code(change_between(before, after).label); }

}  // namespace

TEST(Rulebook, ASevereEntryIsAnySingleEntryOfSevenOrMore) {
  EXPECT_FALSE(is_severe(6));
  EXPECT_TRUE(is_severe(7));
  EXPECT_TRUE(is_severe(10));
}

TEST(Rulebook, WeeksAreReliableFromFiveDaysAndProvisionalFromThree) {
  EXPECT_EQ(reliability(2), Reliability::not_enough);
  EXPECT_EQ(reliability(3), Reliability::provisional);
  EXPECT_EQ(reliability(4), Reliability::provisional);
  EXPECT_EQ(reliability(5), Reliability::reliable);
  EXPECT_FALSE(comparable(2));
  EXPECT_TRUE(comparable(3));
  EXPECT_FALSE(can_be_baseline(4));
  EXPECT_TRUE(can_be_baseline(5));
}

TEST(Rulebook, ImprovementLabelsByPointsOrPercent) {
  EXPECT_EQ(code_of(8.0, 4.0), "substantial_improvement");        // 4 points
  EXPECT_EQ(code_of(6.0, 3.0), "substantial_improvement");        // 50%
  EXPECT_EQ(code_of(6.0, 4.0), "likely_meaningful_improvement");  // 2 points, 33%
  EXPECT_EQ(code_of(5.0, 3.5), "likely_meaningful_improvement");  // 1.5 points, 30%
  EXPECT_EQ(code_of(6.0, 5.0), "small_improvement");              // 1 point, 17%
  EXPECT_EQ(code_of(6.0, 5.5), "little_or_no_change");            // 0.5 point, 8%
}

TEST(Rulebook, WorseningLabelsMirrorTheImprovementOnes) {
  EXPECT_EQ(code_of(4.0, 8.0), "substantial_worsening");
  EXPECT_EQ(code_of(4.0, 6.0), "substantial_worsening");  // 2 points, but 50%
  EXPECT_EQ(code_of(5.0, 7.0), "likely_meaningful_worsening");  // 2 points, 40%
  EXPECT_EQ(code_of(5.0, 6.5), "likely_meaningful_worsening");  // 1.5 points but 30%
  EXPECT_EQ(code_of(5.0, 6.0), "small_worsening");
  EXPECT_TRUE(change_between(4.0, 6.0).meaningful_rise());
  EXPECT_FALSE(change_between(5.0, 6.0).meaningful_rise());
  EXPECT_FALSE(change_between(6.0, 4.0).meaningful_rise());
}

TEST(Rulebook, BelowAMeanOfFourOnlyPointsCount) {
  const auto change = change_between(2.0, 3.0);  // +50%, but from a mean under 4
  EXPECT_FALSE(change.pct);
  EXPECT_EQ(change_code(change.label), "small_worsening");
  EXPECT_EQ(change_code(change_between(3.0, 5.0).label), "likely_meaningful_worsening");
}

TEST(Rulebook, TheLabelFollowsTheRoundedFigures) {
  // 1.96 points shows as 2.0, so it is labelled as 2 points.
  const auto change = change_between(3.0, 1.04);
  EXPECT_DOUBLE_EQ(change.points, -2.0);
  EXPECT_EQ(change_code(change.label), "likely_meaningful_improvement");
}

TEST(RedflagPointer, ASevereEntryComesFirst) {
  PointerEvidence evidence{kRuleDay, 8, change_between(3.0, 6.0), std::nullopt};
  const auto pointer = redflag_pointer(evidence);
  ASSERT_TRUE(pointer);
  EXPECT_EQ(pointer->cause, PointerCause::severe_entry);
  EXPECT_EQ(pointer->day, kRuleDay);
  EXPECT_EQ(pointer->level, 8);
}

TEST(RedflagPointer, ARiseOnTheWeekBeforeThenOnTheBaseline) {
  EXPECT_EQ(redflag_pointer({kRuleDay, 6, change_between(4.0, 6.0), std::nullopt})->cause,
            PointerCause::rise_on_previous_week);
  EXPECT_EQ(redflag_pointer({kRuleDay, 6, change_between(5.0, 5.5), change_between(4.0, 5.2)})->cause,
            PointerCause::rise_on_baseline);
}

TEST(RedflagPointer, NoneForAQuietWeekOrAnImprovement) {
  EXPECT_FALSE(redflag_pointer({kRuleDay, 6, change_between(5.0, 5.9), change_between(8.0, 4.0)}));
  EXPECT_FALSE(redflag_pointer({std::nullopt, 0, std::nullopt, std::nullopt}));
  EXPECT_TRUE(redflag_pointer({kRuleDay, 7, std::nullopt, std::nullopt}));
  EXPECT_FALSE(redflag_pointer({kRuleDay, 6, std::nullopt, std::nullopt}));
}

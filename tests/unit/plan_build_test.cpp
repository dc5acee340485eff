#include "reports/plan.hpp"

#include <gtest/gtest.h>

#include "support/fixtures.hpp"

namespace backcare::reports {
namespace {

domain::Day day(const char* iso) { return *domain::parse_iso(iso); }

/// The knee hug's rule: 6 weeks after a vaginal birth, 8 and a clinician's OK after a caesarean.
domain::Routine knee_hug() {
  auto routine = fixtures::routine("knee-hug");
  routine.times_of_day = {"evening"};
  routine.hold = {6, 8, domain::PhaseHold::Clearance::after_caesarean, false};
  return routine;
}

domain::Routine back_rub() {
  auto routine = fixtures::routine("back-rub", "massage");
  routine.times_of_day = {"morning", "evening"};
  return routine;
}

PlanInput input(std::vector<domain::Routine> routines, domain::Settings settings = {}) {
  return {{day("2026-11-26"), day("2026-12-10")}, std::move(routines), settings, {}};
}

domain::Settings after_birth(const char* born, domain::BirthType type) {
  domain::Settings settings;
  settings.birth_date = day(born);
  settings.birth_type = type;
  return settings;
}

TEST(BuildPlan, OnceADayMeansItsFirstTimeOfDayAtTheSettingsClock) {
  domain::Settings settings;
  settings.morning_minutes = 7 * 60 + 15;
  const auto plan = build_plan(input({back_rub()}, settings));
  ASSERT_EQ(plan.reminders.size(), 1u);
  EXPECT_EQ(plan.reminders[0].part, "morning");
  EXPECT_EQ(plan.reminders[0].minutes, 7 * 60 + 15);
  EXPECT_EQ(plan.reminders[0].first, day("2026-11-26"));
  EXPECT_EQ(plan.reminders[0].last, day("2026-12-09"));
  EXPECT_FALSE(plan.reminders[0].held_before);
}

TEST(BuildPlan, TwiceADayMeansBothTimesOfDay) {
  auto routine = back_rub();
  routine.daily_count = 2;
  const auto plan = build_plan(input({routine}));
  ASSERT_EQ(plan.reminders.size(), 2u);
  EXPECT_EQ(plan.reminders[1].part, "evening");
  EXPECT_EQ(plan.reminders[1].minutes, 21 * 60);
}

TEST(BuildPlan, AWaitEndingInsideThePlanStartsTheReminderThatDay) {
  const auto plan = build_plan(input({knee_hug()}, after_birth("2026-10-20", domain::BirthType::vaginal)));
  ASSERT_EQ(plan.reminders.size(), 1u);
  EXPECT_EQ(plan.reminders[0].first, day("2026-12-01"));  // 6 weeks after 20 Oct
  ASSERT_TRUE(plan.reminders[0].held_before);
  EXPECT_EQ(plan.reminders[0].held_before->reason, rules::HoldReason::too_soon);
}

TEST(BuildPlan, AWaitEndingAfterThePlanLeavesItOutWithItsHold) {
  const auto plan = build_plan(input({knee_hug()}, after_birth("2026-11-20", domain::BirthType::vaginal)));
  EXPECT_TRUE(plan.reminders.empty());
  ASSERT_EQ(plan.left_out.size(), 1u);
  EXPECT_EQ(plan.left_out[0].hold->until, day("2027-01-01"));
}

TEST(BuildPlan, AClearanceStillNeededLeavesItOutUntilSheSaysYes) {
  auto settings = after_birth("2026-09-01", domain::BirthType::caesarean);
  auto plan = build_plan(input({knee_hug()}, settings));
  ASSERT_EQ(plan.left_out.size(), 1u);
  EXPECT_EQ(plan.left_out[0].hold->reason, rules::HoldReason::needs_clearance);
  settings.cleared_for_exercise = true;
  plan = build_plan(input({knee_hug()}, settings));
  ASSERT_EQ(plan.reminders.size(), 1u);
  EXPECT_EQ(plan.reminders[0].first, day("2026-11-26"));
}

TEST(BuildPlan, AWaitThenAClearanceKeepsTheFirstHoldThatSaysBoth) {
  const auto plan = build_plan(input({knee_hug()}, after_birth("2026-11-01", domain::BirthType::caesarean)));
  ASSERT_EQ(plan.left_out.size(), 1u);
  EXPECT_EQ(plan.left_out[0].hold->reason, rules::HoldReason::too_soon);
  EXPECT_TRUE(plan.left_out[0].hold->clearance_after);
}

TEST(BuildPlan, AnyTimeRoutinesAndRetiredOnesHaveNoReminder) {
  auto retired = back_rub();
  retired.retired = true;
  const auto plan = build_plan(input({fixtures::routine("palm-press", "massage"), retired}));
  EXPECT_TRUE(plan.reminders.empty());
  ASSERT_EQ(plan.left_out.size(), 1u);
  EXPECT_EQ(plan.left_out[0].slug, "palm-press");
  EXPECT_FALSE(plan.left_out[0].hold);
}

TEST(BuildPlan, AHeldRoutineForAnyTimeIsLeftOutAsHeldNotAsAnyTime) {
  auto waist_roll = fixtures::routine("waist-roll");
  waist_roll.hold = {6, 8, domain::PhaseHold::Clearance::after_caesarean, false};
  // A caesarean: 8 weeks and then a clinician's OK, so held through the plan.
  auto plan = build_plan(input({waist_roll}, after_birth("2026-11-01", domain::BirthType::caesarean)));
  ASSERT_EQ(plan.left_out.size(), 1u);
  ASSERT_TRUE(plan.left_out[0].hold);
  EXPECT_EQ(plan.left_out[0].hold->reason, rules::HoldReason::too_soon);
  EXPECT_FALSE(plan.left_out[0].free_from);
  // A vaginal birth: its 6 weeks end inside the plan, and from then on it is for any time of day.
  plan = build_plan(input({waist_roll}, after_birth("2026-10-20", domain::BirthType::vaginal)));
  ASSERT_EQ(plan.left_out.size(), 1u);
  ASSERT_TRUE(plan.left_out[0].hold);
  EXPECT_EQ(plan.left_out[0].free_from, day("2026-12-01"));
  // Past its wait: for any time, with no hold.
  plan = build_plan(input({waist_roll}, after_birth("2026-09-01", domain::BirthType::vaginal)));
  ASSERT_EQ(plan.left_out.size(), 1u);
  EXPECT_FALSE(plan.left_out[0].hold);
  EXPECT_FALSE(plan.left_out[0].free_from);
}

}  // namespace
}  // namespace backcare::reports

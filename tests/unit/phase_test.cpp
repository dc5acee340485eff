#include <gtest/gtest.h>

#include "rules/phase.hpp"

using namespace backcare;
using namespace backcare::rules;

namespace {

const domain::Day kBirth = domain::Day{date::year{2026} / 9 / 1};

domain::Day weeks_after_birth(int weeks, int days = 0) { return kBirth + date::days{7 * weeks + days}; }

/// The content's exercises: knee-hug and waist-roll, whose wait a clinician may shorten.
domain::PhaseHold exercise() {
  return {6, 8, domain::PhaseHold::Clearance::after_caesarean, false};
}

/// sit-up: not before the 6–8 week check, whoever clears it, and then only once cleared.
domain::PhaseHold sit_up() { return {6, 8, domain::PhaseHold::Clearance::always, true}; }

domain::Settings settings(std::optional<domain::BirthType> type, std::optional<bool> cleared) {
  domain::Settings s;
  s.birth_date = kBirth;
  s.birth_type = type;
  s.cleared_for_exercise = cleared;
  return s;
}

}  // namespace

TEST(PhaseHold, RoutinesWithoutAHoldAreAlwaysFree) {
  EXPECT_FALSE(hold_of({}, settings(std::nullopt, false), kBirth));
}

TEST(PhaseHold, AfterAVaginalBirthExercisesWaitSixWeeks) {
  const auto s = settings(domain::BirthType::vaginal, std::nullopt);
  const auto hold = hold_of(exercise(), s, weeks_after_birth(5, 6));
  ASSERT_TRUE(hold);
  EXPECT_EQ(hold->reason, HoldReason::too_soon);
  EXPECT_EQ(hold->until, weeks_after_birth(6));
  EXPECT_FALSE(hold->clearance_after);
  EXPECT_FALSE(hold_of(exercise(), s, weeks_after_birth(6)));
}

TEST(PhaseHold, ACaesareanThreeWeeksAgoWaitsEightWeeksThenForClearance) {
  const auto hold = hold_of(exercise(), settings(domain::BirthType::caesarean, std::nullopt), weeks_after_birth(3));
  ASSERT_TRUE(hold);
  EXPECT_EQ(hold->reason, HoldReason::too_soon);
  EXPECT_EQ(hold->until, weeks_after_birth(8));
  EXPECT_TRUE(hold->clearance_after);
  EXPECT_TRUE(hold->caesarean_rules);
}

TEST(PhaseHold, ACaesareanTenWeeksAgoStillNeedsClearance) {
  const auto hold = hold_of(exercise(), settings(domain::BirthType::caesarean, std::nullopt), weeks_after_birth(10));
  ASSERT_TRUE(hold);
  EXPECT_EQ(hold->reason, HoldReason::needs_clearance);
  EXPECT_FALSE(hold_of(exercise(), settings(domain::BirthType::caesarean, true), weeks_after_birth(10)));
}

TEST(PhaseHold, ClearanceTwoWeeksAfterTheBirthFreesExercisesButNotSitUps) {
  const auto s = settings(domain::BirthType::vaginal, true);
  EXPECT_FALSE(hold_of(exercise(), s, weeks_after_birth(2)));
  const auto hold = hold_of(sit_up(), s, weeks_after_birth(2));
  ASSERT_TRUE(hold);
  EXPECT_EQ(hold->reason, HoldReason::too_soon);
  EXPECT_EQ(hold->until, weeks_after_birth(6));
}

TEST(PhaseHold, BirthTypeUnsetMeansTheCaesareanRules) {
  const auto hold = hold_of(exercise(), settings(std::nullopt, std::nullopt), weeks_after_birth(7));
  ASSERT_TRUE(hold);
  EXPECT_EQ(hold->reason, HoldReason::too_soon);
  EXPECT_EQ(hold->until, weeks_after_birth(8));
  EXPECT_TRUE(hold->birth_type_assumed);
  EXPECT_EQ(hold_of(exercise(), settings(std::nullopt, std::nullopt), weeks_after_birth(9))->reason,
            HoldReason::needs_clearance);
}

TEST(PhaseHold, SitUpsWaitForTheCheckAfterAVaginalBirthToo) {
  const auto s = settings(domain::BirthType::vaginal, std::nullopt);
  const auto hold = hold_of(sit_up(), s, weeks_after_birth(7));
  ASSERT_TRUE(hold);
  EXPECT_EQ(hold->reason, HoldReason::needs_clearance);
  EXPECT_FALSE(hold->caesarean_rules);
  EXPECT_TRUE(hold->clearance_frees);
  EXPECT_FALSE(hold_of(sit_up(), settings(domain::BirthType::vaginal, true), weeks_after_birth(7)));
}

TEST(PhaseHold, SaysWhetherAClinicianOKWouldFreeIt) {
  const auto s = settings(domain::BirthType::vaginal, std::nullopt);
  EXPECT_TRUE(hold_of(exercise(), s, weeks_after_birth(2))->clearance_frees);  // the OK shortens the wait
  EXPECT_FALSE(hold_of(sit_up(), s, weeks_after_birth(2))->clearance_frees);   // a floor: it does not
  EXPECT_FALSE(hold_of(sit_up(), settings(domain::BirthType::vaginal, true), weeks_after_birth(2))->clearance_frees);
}

TEST(PhaseHold, NotClearedHoldsAndNoBirthDateCannotCountTheWait) {
  EXPECT_EQ(hold_of(exercise(), settings(domain::BirthType::vaginal, false), weeks_after_birth(20))->reason,
            HoldReason::not_cleared);
  domain::Settings unknown;
  unknown.birth_type = domain::BirthType::vaginal;
  EXPECT_EQ(hold_of(exercise(), unknown, weeks_after_birth(20))->reason, HoldReason::birth_date_unknown);
  unknown.cleared_for_exercise = true;
  EXPECT_FALSE(hold_of(exercise(), unknown, weeks_after_birth(20)));
  EXPECT_EQ(hold_of(sit_up(), unknown, weeks_after_birth(20))->reason, HoldReason::birth_date_unknown);
}

TEST(PhaseHold, OnlyTheExercisesWaitAfterAVaginalBirthIsBackcaresOwnChoice) {
  // §4.1 names no wait after a vaginal birth for the knee hug and the waist roll: 6 weeks is backcare's.
  const auto vaginal = hold_of(exercise(), settings(domain::BirthType::vaginal, std::nullopt), weeks_after_birth(2));
  ASSERT_TRUE(vaginal);
  EXPECT_TRUE(vaginal->weeks_are_own_choice);
  // The caesarean's 8 weeks and the sit-up's 6–8 week check come from the notes.
  const auto caesarean = hold_of(exercise(), settings(domain::BirthType::caesarean, std::nullopt), weeks_after_birth(2));
  ASSERT_TRUE(caesarean);
  EXPECT_FALSE(caesarean->weeks_are_own_choice);
  const auto sit_ups = hold_of(sit_up(), settings(domain::BirthType::vaginal, std::nullopt), weeks_after_birth(2));
  ASSERT_TRUE(sit_ups);
  EXPECT_FALSE(sit_ups->weeks_are_own_choice);
}

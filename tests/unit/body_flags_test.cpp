#include "rules/body_flags.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "domain/day.hpp"
#include "domain/place.hpp"
#include "domain/settings.hpp"

using namespace backcare;
using namespace backcare::rules;
using domain::Anaesthesia;
using domain::Day;
using domain::Side;

namespace backcare::rules {

// A whole flag on failure, not its bytes.
void PrintTo(const RecordedSign& flag, std::ostream* out) {
  *out << "{" << domain::format_iso(flag.day) << " " << flag.code << " " << tier_code(flag.tier) << " " << flag.advice
       << (flag.said.empty() && flag.action.empty() ? "" : " with words") << "}";
}

}  // namespace backcare::rules

namespace {

const Day kFlagBirth = Day{date::year{2026} / 9 / 1};
const Day kFlagDay = kFlagBirth + date::days{10};

Day days_after_flag_birth(int days) { return kFlagBirth + date::days{days}; }

DatedPlace sign_on(Day day, std::string slug, Side side = Side::unspecified) { return {day, {std::move(slug), side}}; }

/// Signs after an epidural, with the birth on kFlagBirth.
BodyFlagInput after_epidural(std::vector<DatedPlace> signs, std::vector<DatedPlace> regions = {}) {
  return {kFlagBirth, Anaesthesia::epidural, std::move(signs), std::move(regions)};
}

/// The regions of pain entries, with nothing to read from the settings.
BodyFlagInput regions_only(std::vector<DatedPlace> regions) {
  return {std::nullopt, std::nullopt, {}, std::move(regions)};
}

RecordedSign expected_flag(Day day, std::string code, Tier tier, std::string advice) {
  return {day, std::move(code), tier, std::move(advice), {}, {}, {}};
}

using Flags = std::vector<RecordedSign>;

/// Weakness in the left leg on kFlagDay after an epidural, then again on `later` in `side`.
BodyFlagInput weak_left_then(Day later, Side side) {
  return after_epidural({sign_on(kFlagDay, "leg-weakness", Side::left), sign_on(later, "leg-weakness", side)});
}

RecordedSign emergency_on(Day day, std::string code) {
  return expected_flag(day, std::move(code), Tier::emergency, "emergency");
}

RecordedSign weakness_worse_on(Day day) { return emergency_on(day, "leg_weakness_worse"); }

RecordedSign weakness_after_epidural_on(Day day) {
  return expected_flag(day, "leg_weakness_after_anaesthetic", Tier::same_day, "same_day_anaesthetic");
}

}  // namespace

TEST(BodyFlags, NothingRecordedRaisesNothing) { EXPECT_EQ(body_flags(BodyFlagInput{}), Flags{}); }

TEST(BodyFlags, BothLegsSaddleAndBladderAreEmergencies) {
  const auto input =
      after_epidural({sign_on(kFlagDay, "leg-numbness", Side::both), sign_on(kFlagDay, "leg-tingling", Side::both),
                      sign_on(kFlagDay, "leg-weakness", Side::both), sign_on(kFlagDay, "saddle-numbness"),
                      sign_on(kFlagDay, "bladder-bowel")},
                     {sign_on(kFlagDay, "below-knee", Side::both)});
  Flags expected;
  for (const char* code : {"leg_numbness_both", "leg_tingling_both", "leg_weakness_both", "saddle_numbness",
                           "bladder_bowel", "below_knee_both"}) {
    expected.push_back(emergency_on(kFlagDay, code));
  }
  EXPECT_EQ(body_flags(input), expected);
}

TEST(BodyFlags, ASwollenLegIsSameDayOnOneSideOrBoth) {
  const auto input =
      after_epidural({sign_on(kFlagDay, "leg-swelling", Side::left), sign_on(kFlagDay, "leg-swelling", Side::right),
                      sign_on(kFlagDay, "leg-swelling", Side::both)});
  EXPECT_EQ(body_flags(input), (Flags{expected_flag(kFlagDay, "leg_swelling_one", Tier::same_day, "same_day"),
                                      expected_flag(kFlagDay, "leg_swelling_one", Tier::same_day, "same_day"),
                                      expected_flag(kFlagDay, "leg_swelling_both", Tier::same_day, "same_day")}));
}

TEST(BodyFlags, UpperBackIsSameDay) {
  EXPECT_EQ(body_flags(regions_only({sign_on(kFlagDay, "upper-back")})),
            (Flags{expected_flag(kFlagDay, "upper_back", Tier::same_day, "same_day")}));
}

TEST(BodyFlags, OneLegNumbOrWeakWithinSixWeeksOfAnEpiduralIsSameDay) {
  const Day last = days_after_flag_birth(41);
  const auto input =
      after_epidural({sign_on(last, "leg-numbness", Side::left), sign_on(last, "leg-weakness", Side::right)});
  EXPECT_EQ(body_flags(input),
            (Flags{expected_flag(last, "leg_numbness_after_anaesthetic", Tier::same_day, "same_day_anaesthetic"),
                   expected_flag(last, "leg_weakness_after_anaesthetic", Tier::same_day, "same_day_anaesthetic")}));
}

TEST(BodyFlags, FromDay42AfterTheBirthOneLegIsReadByItsOwnTier) {
  const Day first_after = days_after_flag_birth(42);
  const auto input = after_epidural(
      {sign_on(first_after, "leg-numbness", Side::left), sign_on(first_after, "leg-weakness", Side::right)});
  // Of one day the most urgent first: the weakness (check) before the numbness (routine).
  EXPECT_EQ(body_flags(input), (Flags{expected_flag(first_after, "leg_weakness_one", Tier::check, "check"),
                                      expected_flag(first_after, "leg_numbness_one", Tier::routine, "routine")}));
}

TEST(BodyFlags, AfterGeneralOrNoAnaesthesiaOneLegIsReadByItsOwnTier) {
  for (const auto anaesthesia : {Anaesthesia::general, Anaesthesia::none}) {
    const BodyFlagInput input{
        kFlagBirth,
        anaesthesia,
        {sign_on(kFlagDay, "leg-weakness", Side::left), sign_on(kFlagDay, "leg-numbness", Side::right)},
        {}};
    EXPECT_EQ(body_flags(input), (Flags{expected_flag(kFlagDay, "leg_weakness_one", Tier::check, "check"),
                                        expected_flag(kFlagDay, "leg_numbness_one", Tier::routine, "routine")}))
        << "anaesthesia " << int(anaesthesia);
  }
}

TEST(BodyFlags, UnsetAnaesthesiaOrASpinalIsReadAsAnEpidural) {
  for (const auto anaesthesia : {std::optional<Anaesthesia>{}, std::optional{Anaesthesia::spinal}}) {
    const BodyFlagInput input{kFlagBirth, anaesthesia, {sign_on(kFlagDay, "leg-numbness", Side::left)}, {}};
    EXPECT_EQ(
        body_flags(input),
        (Flags{expected_flag(kFlagDay, "leg_numbness_after_anaesthetic", Tier::same_day, "same_day_anaesthetic")}))
        << "anaesthesia " << (anaesthesia ? int(*anaesthesia) : -1);
  }
}

TEST(BodyFlags, WithoutABirthDateTheWindowNeverCloses) {
  const Day long_after = days_after_flag_birth(400);
  const BodyFlagInput input{std::nullopt, Anaesthesia::epidural, {sign_on(long_after, "leg-weakness", Side::left)}, {}};
  EXPECT_EQ(
      body_flags(input),
      (Flags{expected_flag(long_after, "leg_weakness_after_anaesthetic", Tier::same_day, "same_day_anaesthetic")}));
}

TEST(BodyFlags, TinglingInOneLegIsRoutineEvenAfterAnEpidural) {
  // One leg a day: the left, then the right the next day (on one day they would be both legs).
  const Day next = kFlagDay + date::days{1};
  const auto input =
      after_epidural({sign_on(kFlagDay, "leg-tingling", Side::left), sign_on(next, "leg-tingling", Side::right)});
  EXPECT_EQ(body_flags(input), (Flags{expected_flag(kFlagDay, "leg_tingling_one", Tier::routine, "routine"),
                                      expected_flag(next, "leg_tingling_one", Tier::routine, "routine")}));
}

TEST(BodyFlags, BelowTheKneeOnOneSideOrUnspecifiedIsRoutine) {
  // A side on one day, no side given the next: each one leg (never read as both).
  const Day next = kFlagDay + date::days{1};
  const auto input = regions_only({sign_on(kFlagDay, "below-knee", Side::left), sign_on(kFlagDay, "below-knee"),
                                   sign_on(next, "below-knee", Side::right), sign_on(next, "below-knee")});
  EXPECT_EQ(body_flags(input), (Flags{expected_flag(kFlagDay, "below_knee_one", Tier::routine, "routine"),
                                      expected_flag(kFlagDay, "below_knee_one", Tier::routine, "routine"),
                                      expected_flag(next, "below_knee_one", Tier::routine, "routine"),
                                      expected_flag(next, "below_knee_one", Tier::routine, "routine")}));
}

TEST(BodyFlags, PelvicGirdleAndOtherRegionsRaiseNothing) {
  std::vector<DatedPlace> regions;
  for (const char* slug : {"low-back", "sacroiliac", "buttock", "pubic", "hip-groin", "back-thigh"}) {
    for (const auto side : {Side::unspecified, Side::left, Side::right, Side::both})
      regions.push_back(sign_on(kFlagDay, slug, side));
  }
  regions.push_back(sign_on(kFlagDay, "other"));
  EXPECT_EQ(body_flags(regions_only(regions)), Flags{});
}

TEST(BodyFlags, WeaknessAgain14DaysLaterIsGettingWorse) {
  const Day later = kFlagDay + date::days{kWorseningDays};
  // Given the later first: "before" is by day, not by the order given.
  const BodyFlagInput input{
      kFlagBirth,
      Anaesthesia::general,
      {sign_on(later, "leg-weakness", Side::right), sign_on(kFlagDay, "leg-weakness", Side::left)},
      {}};
  EXPECT_EQ(body_flags(input), (Flags{expected_flag(kFlagDay, "leg_weakness_one", Tier::check, "check"),
                                      expected_flag(later, "leg_weakness_worse", Tier::emergency, "emergency")}));
}

TEST(BodyFlags, WeaknessAgain15DaysLaterIsNotGettingWorse) {
  const Day later = kFlagDay + date::days{kWorseningDays + 1};
  const BodyFlagInput input{kFlagBirth,
                            Anaesthesia::general,
                            {sign_on(kFlagDay, "leg-weakness", Side::left), sign_on(later, "leg-weakness", Side::left)},
                            {}};
  EXPECT_EQ(body_flags(input), (Flags{expected_flag(kFlagDay, "leg_weakness_one", Tier::check, "check"),
                                      expected_flag(later, "leg_weakness_one", Tier::check, "check")}));
}

TEST(BodyFlags, WeaknessTwiceOnOneDayMakesTheSecondGivenWorse) {
  // The worse (emergency) comes first of its day; the first given keeps its own flag.
  EXPECT_EQ(body_flags(weak_left_then(kFlagDay, Side::left)),
            (Flags{weakness_worse_on(kFlagDay), weakness_after_epidural_on(kFlagDay)}));
}

TEST(BodyFlags, WorseningWeaknessInBothLegsIsNamedWorse) {
  const Day later = kFlagDay + date::days{3};
  EXPECT_EQ(body_flags(weak_left_then(later, Side::both)),
            (Flags{weakness_after_epidural_on(kFlagDay), weakness_worse_on(later)}));
}

TEST(BodyFlags, OnlyWeaknessBeforeMakesWeaknessWorse) {
  const Day later = kFlagDay + date::days{1};
  const BodyFlagInput input{kFlagBirth,
                            Anaesthesia::none,
                            {sign_on(kFlagDay, "leg-numbness", Side::left), sign_on(later, "leg-weakness", Side::left),
                             sign_on(kFlagDay + date::days{2}, "leg-numbness", Side::left)},
                            {}};
  EXPECT_EQ(body_flags(input),
            (Flags{expected_flag(kFlagDay, "leg_numbness_one", Tier::routine, "routine"),
                   expected_flag(later, "leg_weakness_one", Tier::check, "check"),
                   expected_flag(kFlagDay + date::days{2}, "leg_numbness_one", Tier::routine, "routine")}));
}

TEST(BodyFlags, OldestDayFirstThenTheMostUrgent) {
  const Day earlier = kFlagDay - date::days{1};
  const BodyFlagInput input{
      kFlagBirth,
      Anaesthesia::general,
      {sign_on(kFlagDay, "leg-tingling", Side::left), sign_on(kFlagDay, "leg-weakness", Side::right),
       sign_on(kFlagDay, "saddle-numbness"), sign_on(earlier, "leg-numbness", Side::left)},
      {sign_on(kFlagDay, "upper-back"), sign_on(earlier, "below-knee", Side::both),
       sign_on(kFlagDay, "sacroiliac", Side::left)}};
  EXPECT_EQ(body_flags(input), (Flags{expected_flag(earlier, "below_knee_both", Tier::emergency, "emergency"),
                                      expected_flag(earlier, "leg_numbness_one", Tier::routine, "routine"),
                                      expected_flag(kFlagDay, "saddle_numbness", Tier::emergency, "emergency"),
                                      expected_flag(kFlagDay, "upper_back", Tier::same_day, "same_day"),
                                      expected_flag(kFlagDay, "leg_weakness_one", Tier::check, "check"),
                                      expected_flag(kFlagDay, "leg_tingling_one", Tier::routine, "routine")}));
}

namespace {

/// Long after a birth without an epidural: one leg is read by its own tier alone.
BodyFlagInput long_after_without_epidural(std::vector<DatedPlace> signs, std::vector<DatedPlace> regions = {}) {
  return {kFlagBirth, Anaesthesia::none, std::move(signs), std::move(regions)};
}

TEST(BodyFlags, OneLegAndThenTheOtherOnOneDayIsBothLegs) {
  const Day day = days_after_flag_birth(200);
  EXPECT_EQ(body_flags(long_after_without_epidural(
                {sign_on(day, "leg-numbness", Side::left), sign_on(day, "leg-numbness", Side::right)})),
            (Flags{expected_flag(day, "leg_numbness_both", Tier::emergency, "emergency"),
                   expected_flag(day, "leg_numbness_one", Tier::routine, "routine"),
                   expected_flag(day, "leg_numbness_one", Tier::routine, "routine")}));
  EXPECT_EQ(body_flags(long_after_without_epidural(
                {}, {sign_on(day, "below-knee", Side::right), sign_on(day, "below-knee", Side::left)})),
            (Flags{expected_flag(day, "below_knee_both", Tier::emergency, "emergency"),
                   expected_flag(day, "below_knee_one", Tier::routine, "routine"),
                   expected_flag(day, "below_knee_one", Tier::routine, "routine")}));
}

TEST(BodyFlags, OneLegOneDayAndTheOtherTheNextIsNotBothLegs) {
  const Day day = days_after_flag_birth(200);
  EXPECT_EQ(body_flags(long_after_without_epidural(
                {sign_on(day, "leg-tingling", Side::left), sign_on(day + date::days{1}, "leg-tingling", Side::right)})),
            (Flags{expected_flag(day, "leg_tingling_one", Tier::routine, "routine"),
                   expected_flag(day + date::days{1}, "leg_tingling_one", Tier::routine, "routine")}));
}

TEST(BodyFlags, BothGivenOnceAndOneSideBesideItIsFlaggedOnce) {
  const Day day = days_after_flag_birth(200);
  EXPECT_EQ(body_flags(long_after_without_epidural({sign_on(day, "leg-swelling", Side::both),
                                                    sign_on(day, "leg-swelling", Side::left),
                                                    sign_on(day, "leg-swelling", Side::right)})),
            (Flags{expected_flag(day, "leg_swelling_both", Tier::same_day, "same_day"),
                   expected_flag(day, "leg_swelling_one", Tier::same_day, "same_day"),
                   expected_flag(day, "leg_swelling_one", Tier::same_day, "same_day")}));
}

}  // namespace

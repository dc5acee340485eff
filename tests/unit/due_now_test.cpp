#include <gtest/gtest.h>

#include <ostream>

#include "domain/day.hpp"
#include "rules/due_now.hpp"

using namespace backcare;
using namespace backcare::rules;
using domain::Day;

namespace backcare::rules {

// Whole answers on failure, not their bytes.
void PrintTo(const DueNow& due, std::ostream* out) {
  *out << "{tier " << int(due.tier) << ", due " << due.due;
  if (due.sign) *out << ", sign " << due.sign->code << " on " << domain::format_iso(due.sign->day);
  if (const auto& p = due.pointer) {
    *out << ", cause " << int(p->cause) << " day " << domain::format_iso(p->day) << " level " << p->level
         << " points " << p->change.points << " pct " << p->change.pct.value_or(-1) << " label "
         << change_code(p->change.label) << " week " << (p->week ? domain::format_iso(*p->week) : "-");
  }
  *out << "}";
}

}  // namespace backcare::rules

namespace {

// Monday weeks: 2026-W41 begins Mon 5 Oct, W42 Mon 12 Oct.
constexpr date::year kYear{2026};
Day oct(unsigned day) { return Day{kYear / 10 / day}; }
Day sep(unsigned day) { return Day{kYear / 9 / day}; }

/// One day's figures: its mean, and its worst entry (by default the mean).
domain::DailyPain logged(Day day, double mean, int max = -1) { return {day, mean, max < 0 ? int(mean) : max, 1}; }

/// `count` days from `first`, each with the daily mean `mean`.
std::vector<domain::DailyPain> days_from(Day first, int count, double mean) {
  std::vector<domain::DailyPain> days;
  for (int i = 0; i < count; ++i) days.push_back(logged(first + date::days{i}, mean));
  return days;
}

DueNowInput on(Day today, std::vector<std::vector<domain::DailyPain>> parts) {
  DueNowInput input{today, domain::WeekStart::monday, {}, {}};
  for (const auto& part : parts) input.pain.insert(input.pain.end(), part.begin(), part.end());
  return input;
}

/// The diary day at HH:MM local on `day`, with the day starting at 04:00.
Day diary_day_at(Day day, int hours, int minutes) {
  const domain::Now now{date::local_days{day.time_since_epoch()} + std::chrono::hours{hours} +
                            std::chrono::minutes{minutes}, {}};
  return domain::diary_day(now, 4 * 60);
}

DueNow check_for(Pointer pointer) { return {Tier::check, true, std::nullopt, pointer}; }
Pointer severe(Day day, int level) { return {PointerCause::severe_entry, day, level, {}, std::nullopt}; }
Pointer rise(PointerCause cause, Change change, Day week) { return {cause, {}, 0, change, week}; }

const Change kTwoPoints{2.0, std::nullopt, ChangeLabel::likely_meaningful_worsening};  // from under a mean of 4
const Change kOneAndAHalf{1.5, 38.0, ChangeLabel::likely_meaningful_worsening};        // 4 -> 5.5: by percent

}  // namespace

TEST(DueNow, An8TodayIsDue) {
  EXPECT_EQ(due_now(on(oct(9), {{logged(oct(9), 8.0)}})), check_for(severe(oct(9), 8)));
}

TEST(DueNow, An8At0205CountsForTheDayBeforeAndStaysDueAfterA3) {
  // Logged at 02:05 on Sat 10 Oct: the diary day is still Fri 9 Oct.
  const Day entry_day = diary_day_at(oct(10), 2, 5);
  ASSERT_EQ(entry_day, oct(9));
  // That morning nothing else is logged; that evening a 3: the 8 the diary day before still counts.
  const Day morning = diary_day_at(oct(10), 9, 0), evening = diary_day_at(oct(10), 20, 0);
  EXPECT_EQ(due_now(on(morning, {{logged(entry_day, 8.0)}})), check_for(severe(oct(9), 8)));
  EXPECT_EQ(due_now(on(evening, {{logged(entry_day, 8.0), logged(evening, 3.0)}})), check_for(severe(oct(9), 8)));
}

TEST(DueNow, An8TwoDiaryDaysAgoIsNotDue) {
  const auto pain = std::vector{logged(oct(9), 8.0), logged(oct(10), 3.0), logged(oct(11), 3.0)};
  // At 03:59 on Sun 11 Oct it is still Sat 10 Oct: the 8 of Fri is the diary day before.
  EXPECT_EQ(due_now(on(diary_day_at(oct(11), 3, 59), {pain})), check_for(severe(oct(9), 8)));
  // At 03:59 on Mon 12 Oct it is Sun 11 Oct: the 8 is two diary days back, whatever was logged since.
  EXPECT_EQ(due_now(on(diary_day_at(oct(12), 3, 59), {pain})), DueNow{});
}

TEST(DueNow, OfTwoSevereDaysTheWorseThenTheLaterIsTheReason) {
  EXPECT_EQ(due_now(on(oct(9), {{logged(oct(8), 6.0, 9), logged(oct(9), 7.0)}})), check_for(severe(oct(8), 9)));
  EXPECT_EQ(due_now(on(oct(9), {{logged(oct(8), 7.0), logged(oct(9), 7.0)}})), check_for(severe(oct(9), 7)));
}

TEST(DueNow, RiseThisWeekWithThreeLoggedDays) {
  // W41: three days of 3; W42 so far (Mon to Wed): three days of 5.
  const auto input = on(oct(14), {days_from(oct(5), 3, 3.0), days_from(oct(12), 3, 5.0)});
  EXPECT_EQ(due_now(input), check_for(rise(PointerCause::rise_on_previous_week, kTwoPoints, oct(12))));
}

TEST(DueNow, TwoLoggedDaysThisWeekFallBackToLastCompleteWeek) {
  // W41 rose on W40; W42 has two days only, so W41 is still the latest week.
  auto input = on(oct(13), {days_from(sep(28), 3, 3.0), days_from(oct(5), 3, 5.0), days_from(oct(12), 2, 3.0)});
  EXPECT_EQ(due_now(input), check_for(rise(PointerCause::rise_on_previous_week, kTwoPoints, oct(5))));
  // And two high days this week are no rise yet: W41 was flat.
  input = on(oct(13), {days_from(sep(28), 3, 3.5), days_from(oct(5), 3, 3.5), days_from(oct(12), 2, 6.0)});
  EXPECT_EQ(due_now(input), DueNow{});
}

TEST(DueNow, RiseLastWeekSeenOnMondayUntilThisWeekCounts) {
  const auto w40 = days_from(sep(28), 4, 4.0), w41 = days_from(oct(5), 4, 5.5);
  const auto due = check_for(rise(PointerCause::rise_on_previous_week, kOneAndAHalf, oct(5)));
  EXPECT_EQ(due_now(on(oct(12), {w40, w41})), due);                             // Monday, nothing logged yet
  EXPECT_EQ(due_now(on(oct(13), {w40, w41, days_from(oct(12), 2, 4.0)})), due);  // Tuesday, two days
  // Wednesday, a third day: this week is the latest now, and it fell.
  EXPECT_EQ(due_now(on(oct(14), {w40, w41, days_from(oct(12), 3, 4.0)})), DueNow{});
}

TEST(DueNow, WeeksFollowTheWeekStartSetting) {
  // Sunday weeks: the week of Sun 4 Oct rose on the week of Sun 27 Sep; Sun 11 and Mon 12 are two days.
  auto input = on(oct(12), {days_from(sep(27), 3, 3.0), days_from(oct(4), 3, 5.0), days_from(oct(11), 2, 3.0)});
  input.start = domain::WeekStart::sunday;
  EXPECT_EQ(due_now(input), check_for(rise(PointerCause::rise_on_previous_week, kTwoPoints, oct(4))));
}

TEST(DueNow, RiseFourWeeksAgoIsNotDue) {
  // W38 rose 3 points on W37; W41 and W42 have too few days to compare.
  const auto input =
      on(oct(14), {days_from(sep(7), 3, 2.0), days_from(sep(14), 3, 5.0), days_from(oct(5), 2, 5.0), {logged(oct(14), 5.0)}});
  EXPECT_EQ(due_now(input), DueNow{});
}

TEST(DueNow, RiseOnTheBaselineWhenTheWeekBeforeWasAsHigh) {
  // Baseline W37, five days of 4; W41 and W42 both 5.5: no rise on the week before, one on the baseline.
  const auto input = on(oct(14), {days_from(sep(7), 5, 4.0), days_from(oct(5), 3, 5.5), days_from(oct(12), 3, 5.5)});
  EXPECT_EQ(due_now(input), check_for(rise(PointerCause::rise_on_baseline, kOneAndAHalf, oct(12))));
}

TEST(DueNow, ASevereEntryComesBeforeARise) {
  const auto input = on(oct(14), {days_from(oct(5), 3, 3.0), days_from(oct(12), 2, 5.0), {logged(oct(14), 5.0, 8)}});
  EXPECT_EQ(due_now(input), check_for(severe(oct(14), 8)));
}

TEST(DueNow, TiersTheMostUrgentWins) {
  auto input = on(oct(9), {{logged(oct(9), 8.0)}});
  const RecordedSign emergency{oct(9), "saddle_numbness", Tier::emergency, "emergency", {}, {}, {}};
  const RecordedSign same_day{oct(8), "red_leg", Tier::same_day, "same_day", {}, {}, {}};
  input.signs = {same_day, emergency, {oct(7), "both_legs", Tier::emergency, "emergency", {}, {}, {}}};  // the last is 2 days back
  EXPECT_EQ(due_now(input), (DueNow{Tier::emergency, true, emergency, severe(oct(9), 8)}));
  input.signs = {same_day};
  EXPECT_EQ(due_now(input), (DueNow{Tier::same_day, true, same_day, severe(oct(9), 8)}));
  // A routine sign alone is a quiet note, not the pointer; with a severe entry the check wins.
  const RecordedSign routine{oct(9), "below_knee_one_side", Tier::routine, "routine", {}, {}, {}};
  input.signs = {routine};
  EXPECT_EQ(due_now(input), (DueNow{Tier::check, true, routine, severe(oct(9), 8)}));
  input.pain = {logged(oct(9), 3.0)};
  EXPECT_EQ(due_now(input), (DueNow{Tier::routine, false, routine, std::nullopt}));
}

TEST(DueNow, DueExactlyForEmergencySameDayAndCheck) {
  EXPECT_TRUE(is_due(Tier::emergency));
  EXPECT_TRUE(is_due(Tier::same_day));
  EXPECT_TRUE(is_due(Tier::check));
  EXPECT_FALSE(is_due(Tier::routine));
  EXPECT_FALSE(is_due(Tier::none));
}

TEST(DueNow, PeriodFlagsListThePastOldestFirst) {
  // W38: an 8 on Sun 20 Sep. W41 rose 2 points on W40. A 9 before the period and one after it are left out.
  const std::vector pain{logged(sep(10), 9.0), logged(sep(14), 3.0), logged(sep(15), 3.0), logged(sep(20), 5.0, 8)};
  auto all = pain;
  for (const auto& part : {days_from(sep(28), 3, 3.0), days_from(oct(5), 3, 5.0), {logged(oct(12), 9.0)}}) {
    all.insert(all.end(), part.begin(), part.end());
  }
  const std::vector expected{severe(sep(20), 8), rise(PointerCause::rise_on_previous_week, kTwoPoints, oct(5))};
  EXPECT_EQ(period_flags(all, {sep(14), oct(12)}, domain::WeekStart::monday), expected);
  EXPECT_EQ(period_flags(all, {oct(13), oct(15)}, domain::WeekStart::monday), std::vector<Pointer>{});
  // A week before the baseline is not compared with it: W37's 6 is no rise on W38's 4.
  const auto before_baseline = on(oct(14), {days_from(sep(7), 3, 6.0), days_from(sep(14), 5, 4.0)}).pain;
  EXPECT_EQ(period_flags(before_baseline, {sep(7), sep(21)}, domain::WeekStart::monday), std::vector<Pointer>{});
}

#include <gtest/gtest.h>

#include "domain/errors.hpp"
#include "domain/week.hpp"

using namespace backcare;
using namespace backcare::domain;

namespace {

Day day(int y, unsigned m, unsigned d) { return Day{date::year{y} / m / d}; }

std::string message_of(std::string_view text, Day today, WeekStart start = WeekStart::monday) {
  try {
    parse_week_argument(text, today, start);
  } catch (const UserError& error) {
    return error.what();
  }
  return "(accepted)";
}

}  // namespace

TEST(IsoWeek, YearsHave52Or53Weeks) {
  EXPECT_EQ(iso_weeks_in_year(2026), 53);
  EXPECT_EQ(iso_weeks_in_year(2025), 52);
  EXPECT_EQ(iso_weeks_in_year(2020), 53);
  EXPECT_EQ(iso_weeks_in_year(2027), 52);
}

TEST(IsoWeek, Week53Of2026RunsIntoJanuary2027) {
  const Day first = parse_week_argument("2026-W53", day(2027, 1, 10), WeekStart::monday);
  EXPECT_EQ(first, day(2026, 12, 28));
  EXPECT_EQ(week_range(first).end, day(2027, 1, 4));
  EXPECT_EQ(week_name(first, WeekStart::monday), "2026-W53");
}

TEST(IsoWeek, NewYearsDay2027BelongsTo2026W53) {
  const Day first = week_start(day(2027, 1, 1), WeekStart::monday);
  EXPECT_EQ(first, day(2026, 12, 28));
  EXPECT_EQ(week_name(first, WeekStart::monday), "2026-W53");
  EXPECT_EQ(week_name(week_start(day(2027, 1, 4), WeekStart::monday), WeekStart::monday), "2027-W01");
  EXPECT_EQ(week_name(week_start(day(2026, 1, 1), WeekStart::monday), WeekStart::monday), "2026-W01");
  // 29 Dec 2025 is a Monday in 2026-W01, since that week's Thursday is in 2026.
  EXPECT_EQ(week_start(day(2026, 1, 1), WeekStart::monday), day(2025, 12, 29));
}

TEST(IsoWeek, SingleDigitWeeksArePadded) {
  EXPECT_EQ(week_name(day(2026, 3, 2), WeekStart::monday), "2026-W10");
  EXPECT_EQ(week_name(day(2026, 2, 23), WeekStart::monday), "2026-W09");
}

TEST(SundayWeek, RunsSundayToSaturdayNamedByItsFirstDay) {
  EXPECT_EQ(week_start(day(2026, 11, 26), WeekStart::sunday), day(2026, 11, 22));
  EXPECT_EQ(week_start(day(2026, 11, 22), WeekStart::sunday), day(2026, 11, 22));
  EXPECT_EQ(week_start(day(2026, 11, 28), WeekStart::sunday), day(2026, 11, 22));
  EXPECT_EQ(week_start(day(2026, 11, 29), WeekStart::sunday), day(2026, 11, 29));
  EXPECT_EQ(week_name(day(2026, 11, 22), WeekStart::sunday), "2026-11-22");
  // Across the year end: the Sunday week holding 1 Jan 2027 starts 27 Dec 2026.
  EXPECT_EQ(week_start(day(2027, 1, 1), WeekStart::sunday), day(2026, 12, 27));
}

TEST(WeekArgument, TakesLastAWeekOrADay) {
  const Day today = day(2026, 11, 26);
  EXPECT_EQ(parse_week_argument("last", today, WeekStart::monday), day(2026, 11, 16));
  EXPECT_EQ(parse_week_argument("2026-W47", today, WeekStart::monday), day(2026, 11, 16));
  EXPECT_EQ(parse_week_argument("2026-w47", today, WeekStart::monday), day(2026, 11, 16));
  EXPECT_EQ(parse_week_argument("2026-11-18", today, WeekStart::monday), day(2026, 11, 16));
  // A day later this week is in this week, which has begun.
  EXPECT_EQ(parse_week_argument("2026-11-29", today, WeekStart::monday), day(2026, 11, 23));
  EXPECT_EQ(parse_week_argument("last", today, WeekStart::sunday), day(2026, 11, 15));
  // An ISO week with Sunday weeks: the Sunday week holding its Monday.
  EXPECT_EQ(parse_week_argument("2026-W47", today, WeekStart::sunday), day(2026, 11, 15));
}

TEST(WeekArgument, RefusesWeeksTheYearLacks) {
  const Day today = day(2027, 6, 1);
  EXPECT_EQ(message_of("2026-W54", today),
            "invalid week '2026-W54': 2026 has 53 weeks; accepted an ISO week such as 2026-W47, last, or a day YYYY-MM-DD");
  EXPECT_EQ(message_of("2025-W53", today),
            "invalid week '2025-W53': 2025 has 52 weeks; accepted an ISO week such as 2026-W47, last, or a day YYYY-MM-DD");
  EXPECT_EQ(message_of("2026-W00", today),
            "invalid week '2026-W00': 2026 has 53 weeks; accepted an ISO week such as 2026-W47, last, or a day YYYY-MM-DD");
  EXPECT_EQ(message_of("2026-W53", today), "(accepted)");
}

TEST(WeekArgument, RefusesMalformedValues) {
  const Day today = day(2026, 11, 26);
  for (const char* text : {"banana", "", "2026-W4", "2026-W470", "2026W47", "2026-02-30", "this", "LAST"}) {
    EXPECT_EQ(message_of(text, today), "invalid week '" + std::string(text) +
                                           "': accepted an ISO week such as 2026-W47, last, or a day YYYY-MM-DD")
        << text;
  }
}

TEST(WeekArgument, RefusesFutureWeeks) {
  const Day today = day(2026, 11, 26);
  EXPECT_EQ(message_of("2026-W49", today), "week '2026-W49' is in the future: accepted a week up to this one, 2026-W48");
  EXPECT_EQ(message_of("2026-11-30", today), "week '2026-11-30' is in the future: accepted a week up to this one, 2026-W48");
  EXPECT_EQ(message_of("2026-11-29", today, WeekStart::sunday),
            "week '2026-11-29' is in the future: accepted a week up to this one, 2026-11-22");
}

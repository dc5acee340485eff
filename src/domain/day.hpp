#pragma once
#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace backcare::domain {

/// A calendar day in the diary. Days are the unit of the diary; time of day is kept as text.
using Day = date::sys_days;

/// Half-open range of days [begin, end).
struct DateRange {
  Day begin;
  Day end;

  bool contains(Day day) const { return begin <= day && day < end; }
  int length() const { return static_cast<int>((end - begin).count()); }
};

/// 2026-11-24
std::string format_iso(Day day);
/// Tue 24 Nov 2026
std::string format_long(Day day);
/// "Sun" to "Sat": English names built in, so output never depends on the C locale.
std::string weekday_abbreviation(date::weekday weekday);
/// "Jan" to "Dec", likewise.
std::string month_abbreviation(date::month month);
/// Strict YYYY-MM-DD that names a real day; nullopt otherwise.
std::optional<Day> parse_iso(std::string_view text);

/// The local wall-clock moment a command runs at, read once by main.
struct Now {
  date::local_seconds local;  ///< wall-clock time in the user's zone
  date::sys_seconds utc;      ///< the same instant in UTC, for logged_at
};

/// The diary day a moment belongs to: before `day_starts_minutes` past midnight it is still yesterday,
/// because night feeds blur days.
Day diary_day(const Now& now, int day_starts_minutes);
/// Minutes from the start of the diary day to the clock time `time` (HH:MM), so that within a day the
/// entries sort as they happened: with the day starting at 04:00, 02:00 comes after 21:00.
int minutes_into_diary_day(std::string_view time, int day_starts_minutes);
/// HH:MM of the local wall clock.
std::string local_time_text(const Now& now);
/// "04:00" for 240: a time of day given in minutes past midnight, as HH:MM.
std::string clock_text(int minutes_past_midnight);
/// 2026-11-24T21:05:00Z
std::string utc_text(const Now& now);

}  // namespace backcare::domain

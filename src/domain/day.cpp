#include "domain/day.hpp"

#include <fmt/format.h>

namespace backcare::domain {

std::string format_iso(Day day) {
  // date::format builds a stream and a locale per call, about 7,000 instructions: export and import
  // format a day per entry, so the four-digit years every diary holds are written by hand.
  const date::year_month_day ymd{day};
  const int year = int(ymd.year());
  if (year < 0 || year > 9999) return date::format("%F", day);
  const unsigned parts[3] = {unsigned(year), unsigned(ymd.month()), unsigned(ymd.day())};
  std::string text = "0000-00-00";
  const std::size_t ends[3] = {4, 7, 10};
  for (int p = 0; p < 3; ++p) {
    for (unsigned value = parts[p], i = unsigned(ends[p]); value > 0; value /= 10) text[--i] = char('0' + value % 10);
  }
  return text;
}

std::string weekday_abbreviation(date::weekday weekday) {
  static constexpr const char* kWeekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  return kWeekdays[weekday.c_encoding()];
}

std::string month_abbreviation(date::month month) {
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return kMonths[unsigned(month) - 1];
}

std::string format_long(Day day) {
  const date::year_month_day ymd{day};
  return weekday_abbreviation(date::weekday{day}) + " " + std::to_string(unsigned(ymd.day())) + " " +
         month_abbreviation(ymd.month()) + " " + std::to_string(int(ymd.year()));
}

std::optional<Day> parse_iso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (text[i] - '0');
    }
  }
  const date::year_month_day ymd{date::year{parts[0]}, date::month{unsigned(parts[1])},
                                 date::day{unsigned(parts[2])}};
  if (!ymd.ok() || parts[0] < 1900) return std::nullopt;
  return Day{ymd};
}

Day diary_day(const Now& now, int day_starts_minutes) {
  const auto shifted = now.local - std::chrono::minutes{day_starts_minutes};
  return Day{date::floor<date::days>(shifted).time_since_epoch()};
}

std::string local_time_text(const Now& now) {
  const auto since_midnight = now.local - date::floor<date::days>(now.local);
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(since_midnight).count();
  return clock_text(int(minutes));
}

int minutes_into_diary_day(std::string_view time, int day_starts_minutes) {
  constexpr int kDay = 24 * 60;
  if (time.size() != 5 || time[2] != ':') return kDay;  // no clock time: after the timed entries
  const int minutes = (time[0] - '0') * 600 + (time[1] - '0') * 60 + (time[3] - '0') * 10 + (time[4] - '0');
  return ((minutes - day_starts_minutes) % kDay + kDay) % kDay;
}

std::string clock_text(int minutes_past_midnight) {
  return fmt::format("{:02}:{:02}", minutes_past_midnight / 60, minutes_past_midnight % 60);
}

std::string utc_text(const Now& now) { return date::format("%FT%TZ", now.utc); }

}  // namespace backcare::domain

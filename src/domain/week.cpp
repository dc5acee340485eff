#include "domain/week.hpp"

#include <date/iso_week.h>

#include <cctype>
#include <optional>

#include "domain/errors.hpp"
#include "domain/inputs.hpp"

namespace backcare::domain {
namespace {

constexpr const char* kAccepted = "accepted an ISO week such as 2026-W47, last, or a day YYYY-MM-DD";

bool digits(std::string_view text) {
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return !text.empty();
}

std::string refusal(std::string_view text, const std::string& why) {
  return "invalid week '" + quote_for_message(text) + "': " + why + kAccepted;
}

/// The Monday of YYYY-Www, or nullopt when `text` does not have that form; UserError when it has the
/// form but names a week its year lacks (2025-W53, 2026-W54).
std::optional<Day> iso_week_monday(std::string_view text) {
  const bool form = text.size() == 8 && text[4] == '-' && (text[5] == 'W' || text[5] == 'w') &&
                    digits(text.substr(0, 4)) && digits(text.substr(6));
  if (!form) return std::nullopt;
  const int year = std::stoi(std::string(text.substr(0, 4)));
  const int number = std::stoi(std::string(text.substr(6)));
  const int weeks = year >= 1900 ? iso_weeks_in_year(year) : 0;
  if (year < 1900 || number < 1 || number > weeks) {
    const std::string why = year < 1900 ? "years before 1900 are not kept; "
                                        : std::to_string(year) + " has " + std::to_string(weeks) + " weeks; ";
    throw UserError(refusal(text, why));
  }
  return Day{iso_week::year{year} / iso_week::weeknum{unsigned(number)} / iso_week::mon};
}

}  // namespace

Day week_start(Day day, WeekStart start) {
  const unsigned first = start == WeekStart::monday ? 1 : 0;
  return day - (date::weekday{day} - date::weekday{first});
}

DateRange week_range(Day first) { return {first, first + date::days{7}}; }

std::string week_name(Day first, WeekStart start) {
  if (start == WeekStart::sunday) return format_iso(first);
  const iso_week::year_weeknum_weekday iso{first};
  const unsigned number = unsigned(iso.weeknum());
  return std::to_string(int(iso.year())) + "-W" + (number < 10 ? "0" : "") + std::to_string(number);
}

int iso_weeks_in_year(int year) {
  return int(unsigned((iso_week::year{year} / iso_week::last).weeknum()));
}

Day parse_week_argument(std::string_view text, Day today, WeekStart start) {
  const Day this_week = week_start(today, start);
  std::optional<Day> first;
  if (text == "last") first = this_week - date::days{7};
  else if (auto monday = iso_week_monday(text)) first = week_start(*monday, start);
  else if (auto day = parse_iso(text)) first = week_start(*day, start);
  if (!first) throw UserError(refusal(text, ""));
  if (*first > this_week) {
    throw UserError("week '" + quote_for_message(text) + "' is in the future: accepted a week up to this one, " +
                    week_name(this_week, start));
  }
  return *first;
}

}  // namespace backcare::domain

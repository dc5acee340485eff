#pragma once
#include <string>
#include <string_view>

#include "domain/day.hpp"
#include "domain/settings.hpp"

namespace backcare::domain {

// Weeks are seven days from their first day: Monday (ISO 8601) or, with week-start sunday, Sunday.
// ISO weeks are named 2026-W48 and belong to the year of their Thursday, so 1 Jan 2027 is in 2026-W53;
// Sunday weeks have no standard name and are named by their first day, 2026-11-22.

/// The first day of the week holding `day`.
Day week_start(Day day, WeekStart start);
/// The days of the week beginning `first`, half-open.
DateRange week_range(Day first);
/// 2026-W48 for a Monday week, 2026-11-22 for a Sunday week.
std::string week_name(Day first, WeekStart start);
/// The number of ISO weeks in `year`: 52 or 53.
int iso_weeks_in_year(int year);

/// The first day of the week WEEK names: an ISO week (2026-W47; with week-start sunday, the Sunday week
/// holding its Monday), `last` or a day YYYY-MM-DD inside it. Refuses a malformed value, a
/// week number its year lacks and a week that starts after `today`.
Day parse_week_argument(std::string_view text, Day today, WeekStart start);

}  // namespace backcare::domain

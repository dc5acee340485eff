#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/day.hpp"
#include "domain/routine.hpp"
#include "domain/settings.hpp"
#include "rules/phase.hpp"

namespace backcare::reports {

// `plan`: daily reminders for the routines the article gives a time of day, as a calendar would hold
// them. Pure: the command reads the diary, this decides, render/ writes the words or the iCalendar file.

/// One daily reminder: a routine at one of its times of day, from `first` to `last`.
struct Reminder {
  std::string slug, name, dose, when;
  std::string part;   ///< "morning" or "evening": the word content/'s times_of_day use
  int minutes = 0;    ///< its clock time, minutes past midnight (config morning / evening)
  domain::Day first;  ///< the plan's first day, or the day a hold ends
  domain::Day last;
  std::optional<rules::Hold> held_before;  ///< the hold that ends on `first`, when it starts late
  std::vector<std::string> steps, cautions;
};

/// A routine with no reminder, and why: held by its phase rule on the plan's first day (its hold lasts past
/// the plan, or it has no time of day), or the article gives it no time of day.
struct LeftOut {
  std::string slug, name;
  std::optional<rules::Hold> hold;  ///< empty: free, but the article gives it no time of day
  /// Held, with no time of day: the day its wait ends inside the plan, from which it is for any time.
  std::optional<domain::Day> free_from;
};

struct Plan {
  domain::DateRange range;  ///< the days the reminders cover
  std::vector<Reminder> reminders;
  std::vector<LeftOut> left_out;
  domain::Now made;  ///< when it was made: the calendar's DTSTAMP
};

struct PlanInput {
  domain::DateRange range;
  std::vector<domain::Routine> routines;  ///< the active ones, in the diary's order
  domain::Settings settings;
  domain::Now made;
};

Plan build_plan(const PlanInput& input);

}  // namespace backcare::reports

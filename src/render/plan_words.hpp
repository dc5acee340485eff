#pragma once
#include <string>
#include <utility>
#include <vector>

#include "reports/plan.hpp"

namespace backcare::render {

// The plan in words, shared by `plan`'s text and the calendar file's own description.

/// "from Mon 7 Dec 2026, 6 weeks after the birth (…)" for a reminder that starts after the plan's first
/// day, when its wait after the birth ends; empty otherwise.
std::string late_start_words(const reports::Reminder& reminder);

/// Why a routine has no reminder: "held until …" (and, for one with no time of day whose wait ends in the
/// plan, that it is for any time from then on), or that the article gives it no time of day.
std::string left_out_words(const reports::LeftOut& routine);

/// The routines left out as held, those with the same words together, in plan order: {"Sit-up, Waist roll",
/// "held until …"}.
std::vector<std::pair<std::string, std::string>> held_groups(const std::vector<reports::LeftOut>& left_out);

/// The names of the routines left out only for having no time of day, comma-separated.
std::string any_time_names(const std::vector<reports::LeftOut>& left_out);

/// The calendar event's UID, "back-rub-morning@backcare": the same for the same routine and time of day
/// in every plan, so that a calendar updates the event rather than adding it again.
std::string reminder_uid(const reports::Reminder& reminder);

/// "Fri 27 Nov 2026 to Thu 18 Feb 2027"
std::string plan_days(const reports::Plan& plan);

}  // namespace backcare::render

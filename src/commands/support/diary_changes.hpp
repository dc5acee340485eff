#pragma once
#include "commands/support/env.hpp"
#include "reports/week_changes.hpp"

namespace backcare::commands {

/// Adds `more` to `days`, keeping each day once and all in day order: the windows a command reads may
/// overlap (the baseline may be the latest week, the range may hold it).
void add_days(std::vector<domain::DailyPain>& days, const std::vector<domain::DailyPain>& more);

/// The daily figures of the weeks the rulebook compares, up to `day`: the baseline (the first reliable
/// week), the latest comparable week and the week before it. A few weeks, whatever the diary's length;
/// week_changes over them finds the same weeks as over the whole history.
std::vector<domain::DailyPain> compared_weeks(const Env& env, domain::Day day);

}  // namespace backcare::commands

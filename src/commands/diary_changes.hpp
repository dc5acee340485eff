#pragma once
#include "commands/env.hpp"
#include "reports/week_changes.hpp"

namespace backcare::commands {

/// The diary's weeks compared up to `day` (the rulebook's rises), for commands that show no weeks but
/// must point to the red flags as week and trend do.
reports::WeekChanges diary_changes(const Env& env, domain::Day day);

}  // namespace backcare::commands

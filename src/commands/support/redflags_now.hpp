#pragma once
#include "commands/support/env.hpp"
#include "rules/due_now.hpp"

namespace backcare::commands {

/// Whether she should read the red flags now: rules::due_now over the diary as it stands, at the current
/// diary day (env.today, whatever day a command shows). Every command that speaks about now asks here,
/// after its own write, so all of them give the same answer with the same reason.
rules::DueNow redflags_now(const Env& env);

}  // namespace backcare::commands

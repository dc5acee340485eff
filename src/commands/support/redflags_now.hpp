#pragma once
#include "commands/support/env.hpp"
#include "domain/entries.hpp"
#include "rules/due_now.hpp"

namespace backcare::commands {

/// Whether she should read the red flags now: rules::due_now over the diary as it stands, at the current
/// diary day (env.today, whatever day a command shows). Every command that speaks about now asks here,
/// after its own write, so all of them give the same answer with the same reason.
rules::DueNow redflags_now(const Env& env);

/// The flag a sign just recorded for `sign.day` raises when that day is outside the window of now, worded:
/// the due-now pointer does not cover it, so the confirmation names it in the past. Nullopt when the
/// day is now, or the sign raises no flag that would be due.
std::optional<rules::RecordedSign> past_sign_flag(const domain::SignEntry& sign, const Env& env);

}  // namespace backcare::commands

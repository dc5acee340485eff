#pragma once
#include <map>
#include <optional>
#include <string>

#include "commands/support/env.hpp"

namespace backcare::commands {

/// --to as a day, today when it is not given.
domain::Day last_day(const std::optional<std::string>& to, const Env& env);

/// The days from --from (`default_first` when it is not given) to `last`, half-open. UserError when
/// --from comes after --to.
domain::DateRange day_range(const std::optional<std::string>& from, domain::Day default_first, domain::Day last,
                            const Env& env);

/// How many times each routine was done on `day`, by slug; a routine not done that day is absent.
std::map<std::string, int> times_done(domain::Day day, const Env& env);

}  // namespace backcare::commands

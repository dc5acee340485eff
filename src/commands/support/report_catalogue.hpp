#pragma once
#include <vector>

#include "commands/support/env.hpp"
#include "domain/routine.hpp"

namespace backcare::commands {

/// The diary's catalogue in its order, each article routine carrying the fields the reports read from
/// content/ (daily count, times of day, gentle, needs a helper); user routines as the diary holds them, with
/// the cautions content/ gives her own routines of their kind.
std::vector<domain::Routine> report_catalogue(const Env& env, bool include_retired);

}  // namespace backcare::commands

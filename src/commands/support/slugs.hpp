#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "domain/routine.hpp"

namespace backcare::commands {

/// The slug the user meant: an exact slug or a unique prefix among the active `routines` (a retired
/// one is named as such). UserError otherwise,
/// naming the closest slugs ("did you mean 'back-rub'?") or the candidates of an ambiguous prefix.
std::string resolve_slug(std::string_view text, const std::vector<domain::Routine>& routines);

}  // namespace backcare::commands

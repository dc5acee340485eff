#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "app/environment.hpp"
#include "domain/day.hpp"

namespace backcare::app {

/// --db PATH, else $BACKCARE_DB, else $XDG_DATA_HOME/backcare/backcare.db, else
/// ~/.local/share/backcare/backcare.db.
std::filesystem::path diary_path(const std::optional<std::string>& db_option, const Environment& environment);

/// The moment this run happens at: the real clock, or BACKCARE_TODAY=YYYY-MM-DD[THH:MM] (noon when no
/// time is given). UserError for a malformed BACKCARE_TODAY.
domain::Now resolve_now(const Environment& environment);

}  // namespace backcare::app

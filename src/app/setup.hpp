#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "app/environment.hpp"
#include "domain/day.hpp"

namespace backcare::app {

/// Where the diary lives, and whether the user named the place: a named place in a folder that does not
/// exist is most likely a typo, while the default place may simply not be made yet.
struct DiaryPlace {
  std::filesystem::path path;
  bool named = false;  ///< --db or BACKCARE_DB, not the default
};

/// --db PATH, else $BACKCARE_DB, else $XDG_DATA_HOME/backcare/backcare.db (when it is absolute), else
/// ~/.local/share/backcare/backcare.db.
DiaryPlace diary_place(const std::optional<std::string>& db_option, const Environment& environment);

/// The moment this run happens at: the real clock, or BACKCARE_TODAY=YYYY-MM-DD[THH:MM] (noon when no
/// time is given). UserError for a malformed BACKCARE_TODAY.
domain::Now resolve_now(const Environment& environment);

}  // namespace backcare::app

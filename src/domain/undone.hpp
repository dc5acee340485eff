#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/entries.hpp"

namespace backcare::domain {

/// What `undo` reversed, so the command can say so.
struct UndoneAction {
  std::string command;  ///< pain, done, config, routine-add, routine-retire
  std::vector<PainEntry> pain;
  std::vector<Completion> done;
  std::string setting_key;
  std::optional<std::string> setting_restored;  ///< the value put back; nullopt = unset again
  std::string routine_slug;
};

}  // namespace backcare::domain

#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/entries.hpp"

namespace backcare::domain {

/// What `undo` reversed, so the command can say so.
struct UndoneAction {
  /// pain, done, sign, tag, untag, config, routine-add, routine-retire, routine-unretire, routine-edit, edit,
  /// delete, import or merge
  std::string command;
  /// The entries taken away: those a pain, done or import command added, or an entry as an edit left it.
  std::vector<PainEntry> pain;
  std::vector<Completion> done;
  std::vector<SignEntry> signs;
  std::vector<DayTag> tags;
  /// The entries put back as they were before an edit, a delete or a merge.
  std::vector<PainEntry> restored_pain;
  std::vector<Completion> restored_done;
  std::vector<SignEntry> restored_signs;
  std::vector<DayTag> restored_tags;
  std::string setting_key;
  std::optional<std::string> setting_restored;  ///< the value put back; nullopt = unset again
  std::string routine_slug;
  /// What an import added beside its entries, removed with them.
  std::vector<std::string> routines_removed, settings_removed;
};

}  // namespace backcare::domain

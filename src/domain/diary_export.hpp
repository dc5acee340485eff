#pragma once
#include <map>
#include <string>
#include <vector>

#include "domain/entry_rows.hpp"
#include "domain/routine.hpp"
#include "domain/version.hpp"

namespace backcare::domain {

/// Everything an export carries: the entries, the user's own routines and the settings. The files are
/// written and read back by transfer/.
struct DiaryExport {
  std::vector<EntryRow> entries;                ///< in export_order
  std::vector<Routine> routines;                ///< slug, name, kind, dose and retired only
  std::map<std::string, std::string> settings;  ///< stored form
  std::map<std::string, Version> setting_versions;  ///< of each setting, where known (JSON format 4)
  std::vector<Tombstone> tombstones;               ///< what was deleted, by kind then key
};

}  // namespace backcare::domain

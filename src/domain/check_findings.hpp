#pragma once
#include <string>
#include <vector>

namespace backcare::domain {

/// What SQLite's own checks found in the diary.
struct CheckFindings {
  std::vector<std::string> integrity;     ///< PRAGMA integrity_check's lines: {"ok"} when sound
  std::vector<std::string> foreign_keys;  ///< one line per row that points at a row that is not there

  bool ok() const { return integrity == std::vector<std::string>{"ok"} && foreign_keys.empty(); }
};

}  // namespace backcare::domain

#pragma once
#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

namespace backcare::store {

/// What SQLite's own checks found in the diary.
struct CheckFindings {
  std::vector<std::string> integrity;     ///< PRAGMA integrity_check's lines: {"ok"} when sound
  std::vector<std::string> foreign_keys;  ///< one line per row that points at a row that is not there

  bool ok() const { return integrity == std::vector<std::string>{"ok"} && foreign_keys.empty(); }
};

/// Runs PRAGMA integrity_check and PRAGMA foreign_key_check. Reads only. A check that cannot run at
/// all (a badly damaged file) is itself a finding, not an exception.
CheckFindings check_database(SQLite::Database& db);

/// Refuses (StorageError) a damaged diary before anything is written to it, since a write could bury
/// the damage deeper. PRAGMA quick_check reads every page once: about 15 ms for 10,000 entries.
void refuse_if_damaged(SQLite::Database& db, const std::string& shown_path);

/// Why a diary could not be read, in words that point at the cause: not a database, damaged, or not
/// open to this user.
std::string unreadable_message(const std::string& shown_path, const SQLite::Exception& error);

}  // namespace backcare::store

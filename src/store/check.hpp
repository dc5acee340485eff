#pragma once
#include <SQLiteCpp/Database.h>

#include <string>

namespace backcare::store {

// Store-internal: Store::check is the way out; these guard opening a diary.

/// Refuses (StorageError) a damaged diary before anything is written to it, since a write could bury
/// the damage deeper. PRAGMA quick_check reads every page once: about 15 ms for 10,000 entries.
void refuse_if_damaged(SQLite::Database& db, const std::string& shown_path);

/// Why a diary could not be read, in words that point at the cause: not a database, damaged, or not
/// open to this user.
std::string unreadable_message(const std::string& shown_path, const SQLite::Exception& error);

}  // namespace backcare::store

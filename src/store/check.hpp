#pragma once
#include <SQLiteCpp/Database.h>

#include <string>

namespace backcare::store {

// Store::check is the way out for the user; these guard a diary's use, and app/ words a damaged page met
// by any read with unreadable_message.

/// Refuses (StorageError) a damaged diary before an export, a backup, an import or a migration would carry
/// the damage on. PRAGMA quick_check reads every page once: about 15 ms for 10,000 entries, so it is not
/// run on every open.
void refuse_if_damaged(SQLite::Database& db, const std::string& path);

/// PRAGMA quick_check's first finding on one line; empty when the file is sound.
std::string damage_found(SQLite::Database& db);

/// True for SQLITE_CORRUPT and SQLITE_NOTADB: the file, not the request, is at fault.
bool is_damage(const SQLite::Exception& error);

/// Throws StorageError, in words, when `error` is a write to the diary that found no room: SQLITE_FULL
/// (ENOSPC, the disk is full) or EFBIG (past the file size limit, `ulimit -f`, which SQLite words "disk
/// I/O error" as it does a failing disk). Returns for any other error. `system_errno`: the connection's
/// sqlite3_system_errno after the failure; a file grown to the limit tells EFBIG too.
void throw_if_out_of_room(const std::string& shown_path, const SQLite::Exception& error, int system_errno);

/// Why a diary could not be read, in words that point at the cause: not a database, damaged, or not
/// open to this user. The path is quoted and escaped, as every path in a message is.
std::string unreadable_message(const std::string& path, const SQLite::Exception& error);

}  // namespace backcare::store

#pragma once
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <filesystem>

namespace backcare::store {

/// Copies the open database `source` to `target` with SQLite's online backup API: one consistent
/// snapshot, even while another process writes. The copy is made beside `target` (mode 0600), passes
/// quick_check, and is then renamed over `target`, so `target` is never half a copy. Returns its size
/// in bytes. StorageError or SQLite::Exception on failure, with nothing left behind.
std::uintmax_t copy_database(SQLite::Database& source, const std::filesystem::path& target);

/// <db>.before-v<version>.bak: where the copy made before a migration to `version` goes.
std::filesystem::path pre_migration_copy_path(const std::filesystem::path& db, int version);

/// Copies a diary file beside itself (pre_migration_copy_path) before a migration to `version` changes
/// it, replacing an older copy of that name. An in-memory database is left alone. Returns the copy's
/// path, or an empty path when there was nothing to copy.
std::filesystem::path copy_before_migration(SQLite::Database& db, int version);

}  // namespace backcare::store

#pragma once
#include <SQLiteCpp/Database.h>

#include <filesystem>

namespace backcare::store {

// Store-internal: Store::backup_to is the way out; these serve opening and migrating a diary.

/// <db>.before-v<version>.bak: where the copy made before a migration to `version` goes.
std::filesystem::path pre_migration_copy_path(const std::filesystem::path& db, int version);

/// Copies a diary file beside itself (pre_migration_copy_path) before a migration to `version` changes
/// it, keeping an older copy of that name: made by a run killed between two migrations, it holds the
/// diary as it was before any of them. An in-memory database is left alone. Returns the copy's
/// path, or an empty path when there was nothing to copy.
std::filesystem::path copy_before_migration(SQLite::Database& db, int version);

}  // namespace backcare::store

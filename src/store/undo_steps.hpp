#pragma once
#include <optional>
#include <string>
#include <SQLiteCpp/Database.h>

#include <cstdint>

#include "domain/entry_id.hpp"
#include "domain/undone.hpp"

namespace backcare::store {

// The steps of `undo` that put entries back or take them away, each inside undo's one transaction.

/// Runs `sql` with `id` bound to its one parameter.
void run_bound(SQLite::Database& db, const char* sql, std::int64_t id);
/// Copies the entry as it is into its before table under `action`, for undo. False when there is no such
/// entry (another process deleted it since the command read it).
bool keep_entry_before(SQLite::Database& db, domain::EntryId id, std::int64_t action);
/// Removes the entries `action` added (a pain or done command, a check-in), noting them in `undone`;
/// with `tombstones_at`, each leaves a tombstone with the undo's stamp, so the removal travels.
void remove_entries_of(SQLite::Database& db, std::int64_t action, domain::UndoneAction& undone,
                       const std::optional<std::string>& tombstones_at);
/// Removes what the import `action` added: its entries, then the settings and routines it brought.
void remove_import(SQLite::Database& db, std::int64_t action, domain::UndoneAction& undone);
/// Puts back, ids and UUIDs and all, the entries an edit or delete `action` changed or removed, and takes
/// away the tombstones it left; `restamp`: with the undo's stamp, else with the versions they had.
void restore_entries_before(SQLite::Database& db, std::int64_t action, domain::UndoneAction& undone, bool restamp);

}  // namespace backcare::store

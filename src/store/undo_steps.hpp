#pragma once
#include <SQLiteCpp/Database.h>

#include <cstdint>

#include "domain/undone.hpp"

namespace backcare::store {

// The steps of `undo` that put entries back or take them away, each inside undo's one transaction.

/// Runs `sql` with `id` bound to its one parameter.
void run_bound(SQLite::Database& db, const char* sql, std::int64_t id);
/// Removes the entries `action` added (a pain or done command, a check-in), noting them in `undone`.
void remove_entries_of(SQLite::Database& db, std::int64_t action, domain::UndoneAction& undone);
/// Removes what the import `action` added: its entries, then the settings and routines it brought.
void remove_import(SQLite::Database& db, std::int64_t action, domain::UndoneAction& undone);
/// Puts back, ids and all, the entries an edit or delete `action` changed or removed.
void restore_entries_before(SQLite::Database& db, std::int64_t action, domain::UndoneAction& undone);

}  // namespace backcare::store

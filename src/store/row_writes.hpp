#pragma once
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <string>

#include "domain/routine.hpp"
#include "domain/version.hpp"

namespace backcare::store {

// The routine and setting rows are each written in one place, for the commands, undo and import alike,
// as EntryInserts is for the entries.

/// Adds `routine` as the user's, after every routine held, with its retired flag. False, with nothing
/// written, when the slug is taken: import then keeps the diary's own routine.
/// `version`: the file's, when it gives one; else the command's stamp and this device. A tombstone of the
/// slug goes: the routine is back.
[[nodiscard]] bool insert_user_routine(SQLite::Database& db, const domain::Routine& routine,
                                       const domain::Version& version = {});

/// Sets `key` to `value` with `version` (as insert_user_routine), or unsets it when `value` is nullopt:
/// its row goes and, when `deleted_at` is given, a tombstone of the key with the command's stamp stays,
/// so the unset travels to her other devices.
void put_setting(SQLite::Database& db, const std::string& key, const std::optional<std::string>& value,
                 const domain::Version& version = {}, const std::optional<std::string>& deleted_at = std::nullopt);

/// Leaves a tombstone of `kind` and `key` (a routine's slug, a setting's key or an entry's UUID, with
/// its short id `id`) with the command's stamp, made by `action` (none for undo's).
void leave_tombstone(SQLite::Database& db, const std::string& kind, const std::string& key,
                     std::optional<std::int64_t> id, const std::string& deleted_at, std::optional<std::int64_t> action);

/// Remembers which routine a routine command changed, so undo can reverse it.
void link_action_routine(SQLite::Database& db, std::int64_t action, std::int64_t routine_id);

}  // namespace backcare::store

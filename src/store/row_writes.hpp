#pragma once
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <string>

#include "domain/routine.hpp"

namespace backcare::store {

// The routine and setting rows are each written in one place, for the commands, undo and import alike,
// as EntryInserts is for the entries.

/// Adds `routine` as the user's, after every routine held, with its retired flag. False, with nothing
/// written, when the slug is taken: import then keeps the diary's own routine.
[[nodiscard]] bool insert_user_routine(SQLite::Database& db, const domain::Routine& routine);

/// Sets `key` to `value`, or unsets it (deletes its row) when `value` is nullopt.
void put_setting(SQLite::Database& db, const std::string& key, const std::optional<std::string>& value);

/// Remembers which routine a routine command changed, so undo can reverse it.
void link_action_routine(SQLite::Database& db, std::int64_t action, std::int64_t routine_id);

}  // namespace backcare::store

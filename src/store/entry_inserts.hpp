#pragma once
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>

#include "domain/entries.hpp"

namespace backcare::store {

/// Where entries are written: the diary's tables, or tables of the same columns (import stages its rows
/// in temporary ones, then copies the new ones over in one statement).
struct EntryTables {
  const char* pain;
  const char* completion;
  const char* sign;
};
inline constexpr EntryTables kDiaryTables{"pain", "completion", "sign"};

/// The one way an entry row is written, for the commands and for import alike. Each statement is
/// prepared on first use and reused, so an import of many rows prepares it once and `pain` prepares
/// no completion insert.
class EntryInserts {
 public:
  explicit EntryInserts(SQLite::Database& db, EntryTables tables = kDiaryTables) : db_(db), tables_(tables) {}

  /// Inserts `entry` (its id is ignored), belonging to `action`, or to none (NULL) when imported.
  void add(const domain::PainEntry& entry, std::optional<std::int64_t> action);
  /// Inserts `entry` for the routine of its slug. False, with nothing written, when the diary has no
  /// such routine: the caller says what that means (a typo, or a routine gone during an import).
  [[nodiscard]] bool add(const domain::Completion& entry, std::optional<std::int64_t> action);
  /// Inserts `entry` (its id is ignored), as the pain entry.
  void add(const domain::SignEntry& entry, std::optional<std::int64_t> action);

 private:
  SQLite::Database& db_;
  EntryTables tables_;
  std::optional<SQLite::Statement> pain_;
  std::optional<SQLite::Statement> done_;
  std::optional<SQLite::Statement> sign_;
};

}  // namespace backcare::store

#pragma once
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>

#include "domain/entries.hpp"
#include "domain/version.hpp"

namespace backcare::store {

/// Where entries are written: the diary's tables, or tables of the same columns (import stages its rows
/// in temporary ones, then copies the new ones over in one statement).
struct EntryTables {
  const char* pain;
  const char* completion;
  const char* sign;
  const char* day_tag;
  /// The diary's own: a row given no UUID, stamp or device gets a new UUID, the command's stamp and this
  /// device. A staging table keeps them NULL, so an import can tell the file's from none.
  bool fills_identity = true;
};
inline constexpr EntryTables kDiaryTables{"pain", "completion", "sign", "day_tag"};

/// The one way an entry row is written, for the commands and for import alike. Each statement is
/// prepared on first use and reused, so an import of many rows prepares it once and `pain` prepares
/// no completion insert.
/// Binds an identity to the three parameters from `first` on (uuid, stamp, device): NULL for what it lacks.
void bind_identity(SQLite::Statement& insert, int first, const domain::Identity& identity);

class EntryInserts {
 public:
  explicit EntryInserts(SQLite::Database& db, EntryTables tables = kDiaryTables) : db_(db), tables_(tables) {}

  /// Inserts `entry` (its id is ignored), belonging to `action`, or to none (NULL) when imported.
  /// `identity`: its UUID and version when it has them (read from a file); else none ("").
  void add(const domain::PainEntry& entry, std::optional<std::int64_t> action, const domain::Identity& identity = {});
  /// Inserts `entry` for the routine of its slug. False, with nothing written, when the diary has no
  /// such routine: the caller says what that means (a typo, or a routine gone during an import).
  [[nodiscard]] bool add(const domain::Completion& entry, std::optional<std::int64_t> action,
                         const domain::Identity& identity = {});
  /// Inserts `entry` (its id is ignored), as the pain entry.
  void add(const domain::SignEntry& entry, std::optional<std::int64_t> action, const domain::Identity& identity = {});
  /// Inserts a day's tag (its id is ignored), as the pain entry.
  void add(const domain::DayTag& entry, std::optional<std::int64_t> action, const domain::Identity& identity = {});

 private:
  /// The SQL values of uuid, stamp and device, bound at `first` on.
  std::string identity_values(int first) const;
  SQLite::Database& db_;
  EntryTables tables_;
  std::optional<SQLite::Statement> pain_;
  std::optional<SQLite::Statement> done_;
  std::optional<SQLite::Statement> sign_;
  std::optional<SQLite::Statement> day_tag_;
};

}  // namespace backcare::store

#pragma once
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "domain/entry_id.hpp"
#include "store/entry_kinds.hpp"

namespace backcare::store {

/// The one way an entry is deleted, for `delete` and `untag` alike: kept in its before table so undo puts
/// it back, a tombstone left so the deletion travels to other devices, then the row removed. Each kind's
/// statements are prepared on first use and reused, so deleting many entries prepares them once.
class EntryDeletes {
 public:
  /// Deletes under `action`, each tombstone saying it was deleted at `logged_at`.
  EntryDeletes(SQLite::Database& db, std::int64_t action, std::string logged_at)
      : db_(db), action_(action), logged_at_(std::move(logged_at)) {}

  /// Deletes the entry `id`. False, with nothing written, when there is no such entry (another process
  /// deleted it since the command read it): the caller says what that means.
  [[nodiscard]] bool remove(domain::EntryId id);

 private:
  using PerKind = std::array<std::optional<SQLite::Statement>, kEntryKinds.size()>;
  SQLite::Database& db_;
  std::int64_t action_;
  std::string logged_at_;
  PerKind tombstones_;  ///< indexed by Kind
  PerKind removes_;     ///< indexed by Kind
};

}  // namespace backcare::store

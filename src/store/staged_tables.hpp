#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "store/entry_inserts.hpp"
#include "store/entry_kinds.hpp"

namespace backcare::store {

// The tables an import or a merge stages a file's entries in, beside the diary's own: shared by
// import_entries.cpp (add what is new) and merge_entries.cpp (keep the later version).

/// One entry table and its staging table.
struct Staged {
  EntryKind entry;
  std::string_view staging;                 ///< in the temp schema
  std::string_view columns;                 ///< what an import writes, action_id last (then the identity)
  std::string_view extra;                   ///< staged besides: a done row's slug, until resolved
  std::vector<std::string_view> compared;  ///< what makes two entries the same: all an export carries

  std::string_view diary() const { return entry_table(entry); }
  /// As a tombstone names it: pain, done or sign.
  std::string_view kind() const { return domain::entry_kind_name(entry); }
};

/// Staged besides each row: its identity as the file gives it, NULL where it gives none (see copy_new).
inline constexpr std::string_view kIdentityColumns = ", uuid, stamp, device";

inline const Staged kPain{EntryKind::pain, "import_pain", "day, time, logged_at, level, note, regions, action_id", kIdentityColumns,
                   {"day", "time", "logged_at", "level", "note", "regions"}};
/// The staging tables as EntryInserts writes them (pain and signs are written that way).
inline constexpr EntryTables kStagingTables{"temp.import_pain", "temp.import_completion", "temp.import_sign", false};

inline const Staged kCompletion{EntryKind::done, "import_completion",
                         "day, time, logged_at, routine_id, reps, minutes, note, action_id",
                         ", uuid, stamp, device, NULL AS slug",
                         {"day", "time", "logged_at", "routine_id", "reps", "minutes", "note"}};

inline const Staged kSign{EntryKind::sign, "import_sign", "day, time, logged_at, slug, side, note, action_id", kIdentityColumns,
                   {"day", "time", "logged_at", "slug", "side", "note"}};

inline std::string text(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (const auto part : parts) out += part;
  return out;
}

}  // namespace backcare::store

#pragma once
#include <array>
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

inline const Staged kPain{EntryKind::pain, "import_pain", "day, time, logged_at, level, note, regions, tags, action_id",
                          kIdentityColumns, {"day", "time", "logged_at", "level", "note", "regions", "tags"}};
/// The staging tables as EntryInserts writes them (pain, signs and days' tags are written that way).
inline constexpr EntryTables kStagingTables{"temp.import_pain", "temp.import_completion", "temp.import_sign",
                                            "temp.import_day_tag", false};

inline const Staged kCompletion{EntryKind::done, "import_completion",
                         "day, time, logged_at, routine_id, reps, minutes, note, tags, action_id",
                         ", uuid, stamp, device, NULL AS slug",
                         {"day", "time", "logged_at", "routine_id", "reps", "minutes", "note", "tags"}};

inline const Staged kSign{EntryKind::sign, "import_sign", "day, time, logged_at, slug, side, note, action_id", kIdentityColumns,
                   {"day", "time", "logged_at", "slug", "side", "note"}};

inline const Staged kDayTag{EntryKind::tag, "import_day_tag", "day, time, logged_at, slug, action_id", kIdentityColumns,
                            {"day", "time", "logged_at", "slug"}};

/// Every staged table, in kEntryKinds order (indexed by EntryKind).
inline const std::array<const Staged*, kEntryKinds.size()> kStagedTables{&kPain, &kCompletion, &kSign, &kDayTag};

/// A file's tombstone `t` of a row the diary does not hold (an import and a merge leave only those).
inline constexpr const char* kTombstoneNotHeld =
    R"(NOT (t.kind = 'pain' AND EXISTS (SELECT 1 FROM main.pain AS p WHERE p.uuid = t.uuid))
      AND NOT (t.kind = 'done' AND EXISTS (SELECT 1 FROM main.completion AS c WHERE c.uuid = t.uuid))
      AND NOT (t.kind = 'sign' AND EXISTS (SELECT 1 FROM main.sign AS s WHERE s.uuid = t.uuid))
      AND NOT (t.kind = 'tag' AND EXISTS (SELECT 1 FROM main.day_tag AS a WHERE a.uuid = t.uuid))
      AND NOT (t.kind = 'routine' AND EXISTS (SELECT 1 FROM main.routine AS r WHERE r.slug = t.uuid))
      AND NOT (t.kind = 'setting' AND EXISTS (SELECT 1 FROM main.setting AS g WHERE g.key = t.uuid)))";

inline std::string text(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (const auto part : parts) out += part;
  return out;
}

}  // namespace backcare::store

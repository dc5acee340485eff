#pragma once
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>
#include <cstdint>
#include <optional>

#include "domain/entry_rows.hpp"
#include "domain/import_counts.hpp"
#include "domain/merge_counts.hpp"
#include "domain/zone.hpp"
#include "store/entry_inserts.hpp"
#include "store/entry_kinds.hpp"
#include "store/file_uuids.hpp"

namespace backcare::store {

/// Which rows of a file the diary holds already: they are counted as they are read, and not staged.
enum class HeldWhen {
  uuid_known,     ///< an import's: the diary has the row's UUID, as a row or a tombstone
  version_as_late ///< a merge's: the diary's row or tombstone of the UUID is as late as the file's or later
};

/// An import's entries, staged in temporary tables as the file is read, then compared with the diary and
/// the new ones copied over: memory stays the same for a file of ten rows or a million. Lives inside the
/// caller's transaction, whose rollback takes the staging tables back too.
class StagedEntries {
 public:
  /// Creates the staging tables; rows belong to the import's `action`, their local time derived in
  /// `zone` where the file had none.
  StagedEntries(SQLite::Database& db, std::int64_t action, const domain::Zone& zone, HeldWhen held);

  /// Stages a checked row, unless the diary holds it (`held`): most rows of a file from a device that
  /// synced before, whose staging and comparison would cost more than the rest of a merge. A done row keeps its routine's slug, resolved in add_new: the routine may be
  /// one the file lists after it.
  void add(const domain::EntryRow& row);
  /// Adds the staged rows the diary does not already hold, and counts what it added and what was held.
  /// Rows are compared whole and counted as a multiset: a file holding a row twice adds it twice to an
  /// empty diary, and nothing the second time. Every slug must name a routine of the diary by now.
  void add_new(domain::ImportCounts& counts);
  /// For a merge instead (merge_entries.cpp): each staged row (all with identities) is compared with the
  /// diary's row of its UUID and the later version kept; the file's tombstones delete older rows. Counts
  /// into `counts`; what changed is kept for undo under the merge's action, at `logged_at`.
  void merge_versions(domain::MergeCounts& counts, const std::string& logged_at);
  /// How many rows were read, of every kind: staged or held.
  int rows_read();
  /// The latest stamp of the rows held, which were not staged: a merge's clock moves up to it too.
  const std::string& latest_held_stamp() const { return latest_held_; }

 private:
  /// Gives the staged done rows their routine ids and refuses a UUID given twice: before either use.
  void resolve();
  /// True when the diary holds `row` (see HeldWhen); then it is counted and its UUID kept.
  bool held(const domain::EntryRow& row);

  SQLite::Database& db_;
  std::int64_t action_;
  const domain::Zone& zone_;
  EntryInserts inserts_;  ///< pain, signs and days' tags, into the staging tables
  std::optional<SQLite::Statement> done_;
  HeldWhen when_;
  // By the row's kind (kEntryKinds).
  std::array<SQLite::Statement, kEntryKinds.size()> row_versions_;
  std::array<SQLite::Statement, kEntryKinds.size()> tombstone_versions_;
  int held_ = 0;
  std::string latest_held_;
  FileUuids uuids_;  ///< of every row read, held or staged, to refuse one given twice
};

}  // namespace backcare::store

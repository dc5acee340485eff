#pragma once
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>

#include "domain/entry_rows.hpp"
#include "domain/import_counts.hpp"
#include "domain/merge_counts.hpp"
#include "domain/zone.hpp"
#include "store/entry_inserts.hpp"

namespace backcare::store {

/// An import's entries, staged in temporary tables as the file is read, then compared with the diary and
/// the new ones copied over: memory stays the same for a file of ten rows or a million. Lives inside the
/// caller's transaction, whose rollback takes the staging tables back too.
class StagedEntries {
 public:
  /// Creates the staging tables; rows belong to the import's `action`, their local time derived in
  /// `zone` where the file had none.
  StagedEntries(SQLite::Database& db, std::int64_t action, const domain::Zone& zone);

  /// Stages a checked row. A done row keeps its routine's slug, resolved in add_new: the routine may be
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
  /// How many rows are staged, of every kind.
  int staged_rows();

 private:
  /// Gives the staged done rows their routine ids and refuses a UUID given twice: before either use.
  void resolve();
  SQLite::Database& db_;
  std::int64_t action_;
  const domain::Zone& zone_;
  EntryInserts inserts_;  ///< pain and signs, into the staging tables
  std::optional<SQLite::Statement> done_;
};

}  // namespace backcare::store

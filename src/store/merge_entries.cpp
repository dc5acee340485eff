#include <SQLiteCpp/Statement.h>

#include "store/import_entries.hpp"
#include "store/staged_tables.hpp"

namespace backcare::store {
namespace {

// A merge keeps, for each UUID, the version with the later (stamp, device): SQLite compares the row
// values in that order, text by text, and a stamp's text order is its time order. Each step is one
// statement over a staging table and the diary's table, joined on the UUID (both indexed by it), and
// what it changes is kept first for undo, under the merge's action, as an edit keeps its before-rows.

/// "a.day, a.time, …": the content columns of `table`, each prefixed.
std::string columns_of(const Staged& table, std::string_view prefix) {
  std::string out;
  for (const auto column : table.compared) out += text({out.empty() ? "" : ", ", prefix, column});
  return out;
}

/// Keeps the diary's rows `which` selects (an SQL condition on `d`) in the before-table, for undo.
void keep_before(SQLite::Database& db, const Staged& table, std::int64_t action, const std::string& which) {
  SQLite::Statement keep(db, text({"INSERT INTO main.", before_table(table.entry), " (action, id, ", columns_of(table, ""),
                                   ", action_id, uuid, stamp, device) SELECT ?, d.id, ", columns_of(table, "d."),
                                   ", d.action_id, d.uuid, d.stamp, d.device FROM main.", table.diary(), " AS d WHERE ",
                                   which}));
  keep.bind(1, action);
  keep.exec();
}

/// The diary's rows the file has a later version of: a staged row with a UUID the diary holds is one,
/// since a row the diary holds as late or later is never staged (StagedEntries::held). So the statements
/// go from the few staged rows to the diary's index by UUID, never over the whole diary.
std::string older_than_file(const Staged& table) {
  return text({"d.uuid IN (SELECT uuid FROM temp.", table.staging, ")"});
}

/// The diary's rows a later tombstone of the file deletes (found from the file's tombstones, which are
/// few, by the diary's index by UUID).
std::string deleted_by_file(const Staged& table) {
  return text({"d.id IN (SELECT h.id FROM temp.import_tombstone AS t CROSS JOIN main.", table.diary(), " AS h ON h.uuid = ",
               "t.uuid WHERE t.kind = '", table.kind(), "' AND (t.stamp, t.device) > (h.stamp, h.device))"});
}

int replace_older(SQLite::Database& db, const Staged& table, std::int64_t action) {
  keep_before(db, table, action, older_than_file(table));
  std::string assignments;
  for (const auto column : table.compared) assignments += text({column, " = s.", column, ", "});
  return db.exec(text({"UPDATE main.", table.diary(), " AS d SET ", assignments, "stamp = s.stamp, device = s.device FROM temp.",
                       table.staging, " AS s WHERE s.uuid = d.uuid"}));
}

int delete_older(SQLite::Database& db, const Staged& table, std::int64_t action, const std::string& logged_at) {
  keep_before(db, table, action, deleted_by_file(table));
  SQLite::Statement leave(db, text({"INSERT OR REPLACE INTO main.tombstone (kind, uuid, id, stamp, device, deleted_at, "
                                    "action) SELECT '", table.kind(), "', d.uuid, d.id, t.stamp, t.device, ?, ? FROM ",
                                    "temp.import_tombstone AS t CROSS JOIN main.", table.diary(), " AS d ON t.kind = '",
                                    table.kind(), "' AND t.uuid = d.uuid WHERE (t.stamp, t.device) > (d.stamp, d.device)"}));
  leave.bind(1, logged_at);
  leave.bind(2, action);
  leave.exec();
  return db.exec(text({"DELETE FROM main.", table.diary(), " AS d WHERE ", deleted_by_file(table)}));
}

/// A row the diary holds only as a tombstone comes back when the file's version is later (an edit made
/// elsewhere after the delete): the tombstone goes, kept for undo, and the row is added as a new one.
void lift_older_tombstones(SQLite::Database& db, const Staged& table, std::int64_t action) {
  const std::string older = text({"t.kind = '", table.kind(), "' AND EXISTS (SELECT 1 FROM temp.", table.staging,
                                  " AS s WHERE s.uuid = t.uuid AND (s.stamp, s.device) > (t.stamp, t.device))"});
  SQLite::Statement keep(db, text({"INSERT INTO main.tombstone_before (action, kind, uuid, id, stamp, device, deleted_at) "
                                   "SELECT ?, kind, uuid, id, stamp, device, deleted_at FROM main.tombstone AS t WHERE ",
                                   older}));
  keep.bind(1, action);
  keep.exec();
  db.exec(text({"DELETE FROM main.tombstone AS t WHERE ", older}));
}

int add_unknown(SQLite::Database& db, const Staged& table) {
  return db.exec(text({"INSERT INTO main.", table.diary(), " (", table.columns, kIdentityColumns, ") SELECT ", table.columns,
                       kIdentityColumns, " FROM temp.", table.staging, " AS s WHERE NOT EXISTS (SELECT 1 FROM main.",
                       table.diary(), " AS d WHERE d.uuid = s.uuid) AND NOT EXISTS (SELECT 1 FROM main.tombstone AS t "
                       "WHERE t.kind = '", table.kind(), "' AND t.uuid = s.uuid) ORDER BY s.rowid"}));
}

}  // namespace

int StagedEntries::rows_read() {
  int staged = 0;
  for (const auto* table : kStagedTables) staged += db_.execAndGet(text({"SELECT count(*) FROM temp.", table->staging})).getInt();
  return staged + held_;
}

void StagedEntries::merge_versions(domain::MergeCounts& counts, const std::string& logged_at) {
  resolve();
  for (const auto* table : kStagedTables) {
    db_.exec(text({"CREATE INDEX temp.", table->staging, "_by_uuid ON ", table->staging, " (uuid)"}));
    counts.updated += replace_older(db_, *table, action_);
    counts.deleted += delete_older(db_, *table, action_, logged_at);
    lift_older_tombstones(db_, *table, action_);
    counts.added += add_unknown(db_, *table);
    db_.exec(text({"DROP TABLE temp.", table->staging}));
  }
}

}  // namespace backcare::store

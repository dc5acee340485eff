#include "store/import_entries.hpp"

#include <SQLiteCpp/Statement.h>

#include <string>
#include <string_view>
#include <vector>

#include "domain/errors.hpp"
#include "store/clock.hpp"
#include "store/entry_inserts.hpp"
#include "store/staged_tables.hpp"
#include "store/rows.hpp"

namespace backcare::store {
namespace {

// The file's rows are staged in temporary tables of the entry tables' columns, then compared with the
// diary and copied over in one statement per table. Row by row, each insert set up its triggers and
// statement journal again (about 60,000 instructions an entry); the comparison runs on the diary's index
// by day, so no copy of the whole diary is held in memory, and the staging is fed as the file is read.

/// `a` and `b` hold the same entry: IS, because time, reps and minutes may be NULL.
std::string same(const Staged& table, std::string_view a, std::string_view b) {
  std::string out;
  for (const auto column : table.compared) {
    out += text({out.empty() ? "" : " AND ", a, ".", column, " IS ", b, ".", column});
  }
  return out;
}

void create_staging(SQLite::Database& db, const Staged& table) {
  db.exec(text({"CREATE TEMP TABLE ", table.staging, " AS SELECT ", table.columns, table.extra, " FROM main.",
                table.diary, " WHERE 0"}));
}

/// Drops the staged rows the diary holds. A row with a UUID (JSON format 4) is held when the diary has
/// its UUID, as a row or a tombstone: newer versions are merge's business. A row without one (a CSV, an
/// older file) is compared whole: of a row the diary holds k times, the first k staged copies.
int drop_held(SQLite::Database& db, const Staged& table) {
  int dropped = db.exec(text({"DELETE FROM temp.", table.staging, " AS s WHERE s.uuid IS NOT NULL AND (EXISTS (SELECT 1 "
                              "FROM main.", table.diary, " AS d WHERE d.uuid = s.uuid) OR EXISTS (SELECT 1 FROM "
                              "main.tombstone AS t WHERE t.uuid = s.uuid AND t.kind IN ('pain', 'done', 'sign')))"}));
  // For the count of earlier copies; built after staging, which is cheaper than kept up during it.
  db.exec(text({"CREATE INDEX temp.", table.staging, "_by_day ON ", table.staging, " (day)"}));
  // The diary's copies are counted once a row, and the file's earlier copies only for a row the diary
  // holds (NULL, so kept, when it holds none): most rows of most files are new.
  return dropped + db.exec(text({"DELETE FROM temp.", table.staging, " AS s WHERE s.uuid IS NULL AND (SELECT held > (SELECT count(*) FROM temp.",
                       table.staging, " AS e WHERE e.rowid < s.rowid AND ", same(table, "e", "s"),
                       ") FROM (SELECT count(*) AS held FROM main.", table.diary, " AS d WHERE ", same(table, "d", "s"),
                       ") WHERE held > 0)"}));
}

/// Copies what is left in file order, so ids follow the file as they did row by row; returns how many.
/// A row the file gave no identity gets a new UUID, the import's stamp and this device.
int copy_new(SQLite::Database& db, const Staged& table) {
  const int added = db.exec(text({"INSERT INTO main.", table.diary, " (", table.columns, ", uuid, stamp, device) SELECT ",
                                  table.columns, ", coalesce(uuid, ", kNewUuid, "), coalesce(stamp, ", kStampNow,
                                  "), coalesce(device, ", kDeviceHere, ") FROM temp.", table.staging,
                                  " ORDER BY rowid"}));
  db.exec(text({"DROP TABLE temp.", table.staging}));
  return added;
}

/// Gives each staged done row the id of its routine, by slug: one statement once the routines are in.
void resolve_slugs(SQLite::Database& db) {
  db.exec(text({"UPDATE temp.", kCompletion.staging, " AS s SET routine_id = (SELECT id FROM main.routine AS r",
                " WHERE r.slug = s.slug)"}));
}

/// A file that gives one UUID to two rows names two entries as one: refused, as no export writes it.
void refuse_repeated_uuids(SQLite::Database& db) {
  SQLite::Statement twice(db, "SELECT uuid FROM (SELECT uuid FROM temp.import_pain UNION ALL SELECT uuid FROM "
                              "temp.import_completion UNION ALL SELECT uuid FROM temp.import_sign) WHERE uuid IS NOT "
                              "NULL GROUP BY uuid HAVING count(*) > 1 LIMIT 1");
  if (twice.executeStep()) {
    throw UserError("the file gives the uuid '" + twice.getColumn(0).getString() +
                    "' to two entries: accepted each uuid once (no export writes one twice)");
  }
}

}  // namespace

StagedEntries::StagedEntries(SQLite::Database& db, std::int64_t action, const domain::Zone& zone)
    : db_(db), action_(action), zone_(zone), inserts_(db, kStagingTables) {
  create_staging(db, kPain);  // inserts_ prepares its inserts on first use, after this
  create_staging(db, kCompletion);
  create_staging(db, kSign);
  // Not EntryInserts' own: that one finds the routine as it inserts, and the file may list it later.
  done_.emplace(db, text({"INSERT INTO temp.", kCompletion.staging, " (day, time, logged_at, slug, reps, minutes,",
                          " note, action_id, uuid, stamp, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"}));
}

void StagedEntries::add(const domain::EntryRow& row) {
  if (row.kind == "pain") return inserts_.add(domain::pain_of(row, zone_), action_, row.identity);
  if (row.kind == "sign") return inserts_.add(domain::sign_of(row, zone_), action_, row.identity);
  const auto done = domain::done_of(row, zone_);
  auto& insert = *done_;
  insert.bind(1, domain::format_iso(done.day));
  bind_time(insert, 2, done.time);
  insert.bind(3, done.logged_at);
  insert.bind(4, done.slug);
  bind_optional(insert, 5, done.reps);
  bind_optional(insert, 6, done.minutes);
  insert.bind(7, done.note);
  insert.bind(8, action_);
  bind_identity(insert, 9, row.identity);
  insert.exec();
  insert.reset();
}

void StagedEntries::resolve() {
  resolve_slugs(db_);
  refuse_repeated_uuids(db_);
}

void StagedEntries::add_new(domain::ImportCounts& counts) {
  resolve();
  counts.already_held = drop_held(db_, kPain) + drop_held(db_, kCompletion) + drop_held(db_, kSign);
  counts.pain_added = copy_new(db_, kPain);
  counts.done_added = copy_new(db_, kCompletion);
  counts.signs_added = copy_new(db_, kSign);
}

}  // namespace backcare::store

#include "store/import_entries.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "domain/errors.hpp"
#include "domain/tags.hpp"
#include "store/clock.hpp"
#include "store/entry_inserts.hpp"
#include "store/new_uuid.hpp"
#include "store/rows.hpp"
#include "store/staged_tables.hpp"

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
                table.diary(), " WHERE 0"}));
}

/// Drops the staged rows without a UUID (a CSV, an older file) that the diary holds, compared whole: of a
/// row the diary holds k times, the first k staged copies. (A row with a UUID the diary holds was never
/// staged: see StagedEntries::held.)
int drop_held(SQLite::Database& db, const Staged& table) {
  // For the count of earlier copies; built after staging, which is cheaper than kept up during it.
  db.exec(text({"CREATE INDEX temp.", table.staging, "_by_day ON ", table.staging, " (day)"}));
  // The diary's copies are counted once a row, and the file's earlier copies only for a row the diary
  // holds (NULL, so kept, when it holds none): most rows of most files are new.
  return db.exec(text({"DELETE FROM temp.", table.staging, " AS s WHERE s.uuid IS NULL AND (SELECT held > (SELECT count(*) FROM temp.",
                       table.staging, " AS e WHERE e.rowid < s.rowid AND ", same(table, "e", "s"),
                       ") FROM (SELECT count(*) AS held FROM main.", table.diary(), " AS d WHERE ", same(table, "d", "s"),
                       ") WHERE held > 0)"}));
}

/// Copies what is left in file order, so ids follow the file as they did row by row; returns how many.
/// A row the file gave no identity gets a new UUID, the import's stamp and this device.
int copy_new(SQLite::Database& db, const Staged& table) {
  const int added = db.exec(text({"INSERT INTO main.", table.diary(), " (", table.columns, ", uuid, stamp, device) SELECT ",
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

/// The version of the diary's row of `table` with the UUID ?1.
std::string row_version_sql(const Staged& table) {
  return text({"SELECT stamp, device FROM main.", table.diary(), " WHERE uuid = ?1"});
}

/// The version of the diary's tombstone with the UUID ?1: of `table`'s kind for a merge, of any entry's
/// for an import (which adds no entry whose UUID the diary knows in any way).
std::string tombstone_version_sql(const Staged& table, HeldWhen when) {
  const std::string kinds = when == HeldWhen::uuid_known ? "IN ('pain', 'done', 'sign', 'tag')" : text({"= '", table.kind(), "'"});
  return text({"SELECT stamp, device FROM main.tombstone WHERE kind ", kinds, " AND uuid = ?1 LIMIT 1"});
}

/// The version `query` finds for `uuid`, if it finds one.
std::optional<domain::Version> version_found(SQLite::Statement& query, const std::string& uuid) {
  query.bind(1, uuid);
  std::optional<domain::Version> found;
  if (query.executeStep()) found = domain::Version{query.getColumn(0).getString(), query.getColumn(1).getString()};
  query.reset();
  return found;
}

}  // namespace

StagedEntries::StagedEntries(SQLite::Database& db, std::int64_t action, const domain::Zone& zone, HeldWhen held)
    : db_(db),
      action_(action),
      zone_(zone),
      inserts_(db, kStagingTables),
      when_(held),
      row_versions_{SQLite::Statement(db, row_version_sql(kPain)), SQLite::Statement(db, row_version_sql(kCompletion)),
                    SQLite::Statement(db, row_version_sql(kSign)), SQLite::Statement(db, row_version_sql(kDayTag))},
      tombstone_versions_{SQLite::Statement(db, tombstone_version_sql(kPain, held)),
                          SQLite::Statement(db, tombstone_version_sql(kCompletion, held)),
                          SQLite::Statement(db, tombstone_version_sql(kSign, held)),
                          SQLite::Statement(db, tombstone_version_sql(kDayTag, held))} {
  // inserts_ prepares its inserts on first use, after this.
  for (const auto* table : kStagedTables) create_staging(db, *table);
  // Not EntryInserts' own: that one finds the routine as it inserts, and the file may list it later.
  done_.emplace(db, text({"INSERT INTO temp.", kCompletion.staging, " (day, time, logged_at, slug, reps, minutes,",
                          " note, tags, action_id, uuid, stamp, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"}));
}

bool StagedEntries::held(const domain::EntryRow& row) {
  if (row.identity.uuid.empty()) return false;
  uuids_.add(row.identity.uuid);
  // A checked row's kind is one of them.
  const auto kind = std::size_t(domain::entry_kind_of(row.kind).value_or(EntryKind::pain));
  auto found = version_found(row_versions_[kind], row.identity.uuid);
  if (!found) found = version_found(tombstone_versions_[kind], row.identity.uuid);
  if (!found) return false;
  const auto& file = row.identity.version;
  if (when_ == HeldWhen::version_as_late && std::tie(found->stamp, found->device) < std::tie(file.stamp, file.device)) {
    return false;
  }
  ++held_;
  latest_held_ = std::max(latest_held_, file.stamp);
  return true;
}

void StagedEntries::add(const domain::EntryRow& row) {
  if (held(row)) return;
  if (row.kind == "pain") return inserts_.add(domain::pain_of(row, zone_), action_, row.identity);
  if (row.kind == "sign") return inserts_.add(domain::sign_of(row, zone_), action_, row.identity);
  if (row.kind == "tag") return inserts_.add(domain::day_tag_of(row, zone_), action_, row.identity);
  const auto done = domain::done_of(row, zone_);
  auto& insert = *done_;
  insert.bind(1, domain::format_iso(done.day));
  bind_time(insert, 2, done.time);
  insert.bind(3, done.logged_at);
  insert.bind(4, done.slug);
  bind_optional(insert, 5, done.reps);
  bind_optional(insert, 6, done.minutes);
  insert.bind(7, done.note);
  insert.bind(8, domain::format_tags(done.tags));
  insert.bind(9, action_);
  bind_identity(insert, 10, row.identity);
  insert.exec();
  insert.reset();
}

void StagedEntries::resolve() {
  resolve_slugs(db_);
  if (const auto twice = uuids_.repeated()) {
    // A file that gives one UUID to two rows names two entries as one: no export writes it.
    throw UserError("the file gives the uuid '" + *twice + "' to two entries: accepted each uuid once (no export "
                    "writes one twice)");
  }
}

void StagedEntries::add_new(domain::ImportCounts& counts) {
  resolve();
  counts.already_held = held_;
  for (const auto* table : kStagedTables) counts.already_held += drop_held(db_, *table);
  counts.pain_added = copy_new(db_, kPain);
  counts.done_added = copy_new(db_, kCompletion);
  counts.signs_added = copy_new(db_, kSign);
  counts.tags_added = copy_new(db_, kDayTag);
}

}  // namespace backcare::store

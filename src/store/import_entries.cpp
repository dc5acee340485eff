#include "store/import_entries.hpp"

#include <SQLiteCpp/Statement.h>

#include <string>
#include <string_view>
#include <vector>

#include "store/entry_inserts.hpp"
#include "store/rows.hpp"

namespace backcare::store {
namespace {

// The file's rows are staged in temporary tables of the entry tables' columns, then compared with the
// diary and copied over in one statement per table. Row by row, each insert set up its triggers and
// statement journal again (about 60,000 instructions an entry); the comparison runs on the diary's index
// by day, so no copy of the whole diary is held in memory, and the staging is fed as the file is read.

/// One entry table and its staging table.
struct Staged {
  std::string_view diary;
  std::string_view staging;                 ///< in the temp schema
  std::string_view columns;                 ///< what an import writes, action_id last
  std::string_view extra;                   ///< staged besides: a done row's slug, until resolved
  std::vector<std::string_view> compared;  ///< what makes two entries the same: all an export carries
};

const Staged kPain{"pain", "import_pain", "day, time, logged_at, level, note, regions, action_id", "",
                   {"day", "time", "logged_at", "level", "note", "regions"}};
/// The staging tables as EntryInserts writes them (pain and signs are written that way).
constexpr EntryTables kStagingTables{"temp.import_pain", "temp.import_completion", "temp.import_sign"};

const Staged kCompletion{"completion", "import_completion",
                         "day, time, logged_at, routine_id, reps, minutes, note, action_id", ", NULL AS slug",
                         {"day", "time", "logged_at", "routine_id", "reps", "minutes", "note"}};

const Staged kSign{"sign", "import_sign", "day, time, logged_at, slug, side, note, action_id", "",
                   {"day", "time", "logged_at", "slug", "side", "note"}};

std::string text(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (const auto part : parts) out += part;
  return out;
}

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

/// Drops the staged rows the diary holds: of a row the diary holds k times, the first k staged copies.
int drop_held(SQLite::Database& db, const Staged& table) {
  // For the count of earlier copies; built after staging, which is cheaper than kept up during it.
  db.exec(text({"CREATE INDEX temp.", table.staging, "_by_day ON ", table.staging, " (day)"}));
  // The diary's copies are counted once a row, and the file's earlier copies only for a row the diary
  // holds (NULL, so kept, when it holds none): most rows of most files are new.
  return db.exec(text({"DELETE FROM temp.", table.staging, " AS s WHERE (SELECT held > (SELECT count(*) FROM temp.",
                       table.staging, " AS e WHERE e.rowid < s.rowid AND ", same(table, "e", "s"),
                       ") FROM (SELECT count(*) AS held FROM main.", table.diary, " AS d WHERE ", same(table, "d", "s"),
                       ") WHERE held > 0)"}));
}

/// Copies what is left in file order, so ids follow the file as they did row by row; returns how many.
int copy_new(SQLite::Database& db, const Staged& table) {
  const int added = db.exec(text({"INSERT INTO main.", table.diary, " (", table.columns, ") SELECT ", table.columns,
                                  " FROM temp.", table.staging, " ORDER BY rowid"}));
  db.exec(text({"DROP TABLE temp.", table.staging}));
  return added;
}

/// Gives each staged done row the id of its routine, by slug: one statement once the routines are in.
void resolve_slugs(SQLite::Database& db) {
  db.exec(text({"UPDATE temp.", kCompletion.staging, " AS s SET routine_id = (SELECT id FROM main.routine AS r",
                " WHERE r.slug = s.slug)"}));
}

}  // namespace

StagedEntries::StagedEntries(SQLite::Database& db, std::int64_t action, const domain::Zone& zone)
    : db_(db), action_(action), zone_(zone), inserts_(db, kStagingTables) {
  create_staging(db, kPain);  // inserts_ prepares its inserts on first use, after this
  create_staging(db, kCompletion);
  create_staging(db, kSign);
  // Not EntryInserts' own: that one finds the routine as it inserts, and the file may list it later.
  done_.emplace(db, text({"INSERT INTO temp.", kCompletion.staging, " (day, time, logged_at, slug, reps, minutes,",
                          " note, action_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"}));
}

void StagedEntries::add(const domain::EntryRow& row) {
  if (row.kind == "pain") return inserts_.add(domain::pain_of(row, zone_), action_);
  if (row.kind == "sign") return inserts_.add(domain::sign_of(row, zone_), action_);
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
  insert.exec();
  insert.reset();
}

void StagedEntries::add_new(domain::ImportCounts& counts) {
  resolve_slugs(db_);
  counts.already_held = drop_held(db_, kPain) + drop_held(db_, kCompletion) + drop_held(db_, kSign);
  counts.pain_added = copy_new(db_, kPain);
  counts.done_added = copy_new(db_, kCompletion);
  counts.signs_added = copy_new(db_, kSign);
}

}  // namespace backcare::store

#include "store/import_entries.hpp"

#include <SQLiteCpp/Statement.h>

#include <array>
#include <string>
#include <string_view>

#include "domain/errors.hpp"
#include "store/entry_inserts.hpp"

namespace backcare::store {
namespace {

// The file's rows are staged in temporary tables of the entry tables' columns, then compared with the
// diary and copied over in one statement per table. Row by row, each insert set up its triggers and
// statement journal again (about 60,000 instructions an entry); the comparison runs on the diary's index
// by day, so no copy of the whole diary is held in memory, and the staging could be fed as the file is read.

/// One entry table and its staging table.
struct Staged {
  std::string_view diary;
  std::string_view staging;                 ///< in the temp schema
  std::string_view columns;                 ///< what an import writes, action_id last
  std::vector<std::string_view> compared;  ///< what makes two entries the same: all an export carries
};

const Staged kPain{"pain", "import_pain", "day, time, logged_at, level, note, action_id",
                   {"day", "time", "logged_at", "level", "note"}};
const Staged kCompletion{"completion", "import_completion",
                         "day, time, logged_at, routine_id, reps, minutes, note, action_id",
                         {"day", "time", "logged_at", "routine_id", "reps", "minutes", "note"}};

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
  db.exec(text({"CREATE TEMP TABLE ", table.staging, " AS SELECT ", table.columns, " FROM main.", table.diary,
                " WHERE 0"}));
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

void stage(SQLite::Database& db, const std::vector<domain::EntryRow>& rows, std::int64_t action,
           const domain::Zone& zone) {
  const auto pain = text({"temp.", kPain.staging}), completion = text({"temp.", kCompletion.staging});
  EntryInserts staging(db, {pain.c_str(), completion.c_str()});
  for (const auto& row : rows) {
    if (row.kind == "pain") {
      staging.add(domain::pain_of(row, zone), action);
      continue;
    }
    const auto done = domain::done_of(row, zone);
    // The slugs were checked before the transaction; only a routine removed since then lands here.
    if (!staging.add(done, action)) {
      throw StorageError("routine '" + done.slug + "' left the diary during the import");
    }
  }
}

}  // namespace

void add_new_entries(SQLite::Database& db, const std::vector<domain::EntryRow>& rows, std::int64_t action,
                     const domain::Zone& zone, domain::ImportCounts& counts) {
  for (const auto* table : {&kPain, &kCompletion}) create_staging(db, *table);
  stage(db, rows, action, zone);
  counts.already_held = drop_held(db, kPain) + drop_held(db, kCompletion);
  counts.pain_added = copy_new(db, kPain);
  counts.done_added = copy_new(db, kCompletion);
}

}  // namespace backcare::store

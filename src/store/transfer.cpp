#include "store/transfer.hpp"

#include <SQLiteCpp/Transaction.h>

#include <algorithm>

#include "domain/errors.hpp"
#include "store/rows.hpp"

namespace backcare::store {
namespace {

std::string optional_text(const SQLite::Column& column) { return column.isNull() ? std::string{} : column.getString(); }

std::vector<domain::EntryRow> all_entries(SQLite::Database& db) {
  std::vector<domain::EntryRow> rows;
  SQLite::Statement pain(db, "SELECT day, logged_at, level, note FROM pain");
  while (pain.executeStep()) {
    rows.push_back({"pain", pain.getColumn(0).getString(), pain.getColumn(1).getString(), "",
                    pain.getColumn(2).getString(), "", "", pain.getColumn(3).getString()});
  }
  SQLite::Statement done(db,
                         "SELECT c.day, c.logged_at, r.slug, c.reps, c.minutes, c.note "
                         "FROM completion c JOIN routine r ON r.id = c.routine_id");
  while (done.executeStep()) {
    rows.push_back({"done", done.getColumn(0).getString(), done.getColumn(1).getString(), done.getColumn(2).getString(),
                    "", optional_text(done.getColumn(3)), optional_text(done.getColumn(4)), done.getColumn(5).getString()});
  }
  std::sort(rows.begin(), rows.end(), domain::export_order);
  return rows;
}

int add_missing_routines(SQLite::Database& db, const std::vector<domain::Routine>& routines) {
  SQLite::Statement insert(db,
                           "INSERT INTO routine (slug, name, kind, dose, source, position, retired) "
                           "VALUES (?, ?, ?, ?, 'user', 1000 + (SELECT count(*) FROM routine), ?) "
                           "ON CONFLICT (slug) DO NOTHING");
  int added = 0;
  for (const auto& routine : routines) {
    insert.bind(1, routine.slug);
    insert.bind(2, routine.name);
    insert.bind(3, routine.kind);
    insert.bind(4, routine.dose);
    insert.bind(5, routine.retired ? 1 : 0);
    added += insert.exec();
    insert.reset();
  }
  return added;
}

void add_missing_settings(Store& store, const std::map<std::string, std::string>& settings, ImportCounts& counts) {
  const auto held = store.setting_values();
  SQLite::Statement insert(store.database(), "INSERT INTO setting (key, value) VALUES (?, ?)");
  for (const auto& [key, value] : settings) {
    if (const auto found = held.find(key); found != held.end()) {
      if (found->second != value) counts.settings_kept.push_back(key);
      continue;
    }
    insert.bind(1, key);
    insert.bind(2, value);
    insert.exec();
    insert.reset();
    ++counts.settings_added;
  }
}

/// Statements prepared once for the whole import: a large file reuses them for every row.
struct EntryInserts {
  SQLite::Statement pain;
  SQLite::Statement done;

  explicit EntryInserts(SQLite::Database& db)
      : pain(db, "INSERT INTO pain (day, time, logged_at, level, note, action_id) VALUES (?, ?, ?, ?, ?, NULL)"),
        done(db,
             "INSERT INTO completion (day, time, logged_at, routine_id, reps, minutes, note, action_id) "
             "SELECT ?, ?, ?, id, ?, ?, ?, NULL FROM routine WHERE slug = ?") {}

  void add(const domain::PainEntry& entry) {
    pain.bind(1, domain::format_iso(entry.day));
    pain.bind(2, entry.time);
    pain.bind(3, entry.logged_at);
    pain.bind(4, entry.level);
    pain.bind(5, entry.note);
    pain.exec();
    pain.reset();
  }

  void add(const domain::Completion& entry) {
    done.bind(1, domain::format_iso(entry.day));
    done.bind(2, entry.time);
    done.bind(3, entry.logged_at);
    bind_optional(done, 4, entry.reps);
    bind_optional(done, 5, entry.minutes);
    done.bind(6, entry.note);
    done.bind(7, entry.slug);
    // The slugs were checked before the transaction; only a routine removed since then lands here.
    if (done.exec() != 1) throw StorageError("routine '" + entry.slug + "' left the diary during the import");
    done.reset();
  }
};

}  // namespace

domain::DiaryExport read_diary(Store& store) {
  domain::DiaryExport data;
  data.entries = all_entries(store.database());
  for (auto& routine : store.routines(true)) {
    if (!routine.from_article) data.routines.push_back(std::move(routine));
  }
  data.settings = store.setting_values();
  return data;
}

ImportCounts import_diary(Store& store, const domain::DiaryExport& data, std::chrono::seconds utc_offset) {
  auto& db = store.database();
  SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
  ImportCounts counts;
  counts.routines_added = add_missing_routines(db, data.routines);
  add_missing_settings(store, data.settings, counts);
  // Read inside the transaction, so two imports of one file at once still add it once.
  const auto added = domain::surplus_rows(data.entries, all_entries(db));
  counts.already_held = int(data.entries.size() - added.size());
  EntryInserts inserts(db);
  for (const auto index : added) {
    const auto& row = data.entries[index];
    if (row.kind == "pain") {
      inserts.add(domain::pain_of(row, utc_offset));
      ++counts.pain_added;
    } else {
      inserts.add(domain::done_of(row, utc_offset));
      ++counts.done_added;
    }
  }
  transaction.commit();
  return counts;
}

}  // namespace backcare::store

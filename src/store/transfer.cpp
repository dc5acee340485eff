#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>

#include "domain/errors.hpp"
#include "store/check.hpp"
#include "store/import_entries.hpp"
#include "store/row_writes.hpp"
#include "store/rows.hpp"
#include "store/store.hpp"

namespace backcare::store {
namespace {

/// Every entry as export files carry it, in export order: read with the tables' own mappers, so an
/// export holds exactly what the diary's other reads see.
std::vector<domain::EntryRow> all_entries(SQLite::Database& db) {
  std::vector<domain::EntryRow> rows;
  SQLite::Statement pain(db, std::string("SELECT ") + kPainColumns + " FROM pain");
  while (pain.executeStep()) rows.push_back(domain::row_of(pain_row(pain)));
  SQLite::Statement done(db, std::string("SELECT ") + kCompletionColumns + " FROM " + kCompletionTables);
  while (done.executeStep()) rows.push_back(domain::row_of(completion_row(done)));
  std::sort(rows.begin(), rows.end(), domain::export_order);
  return rows;
}

/// Notes a routine or setting the import `action` added, so that undo removes it with the entries.
void remember_added(SQLite::Database& db, std::int64_t action, std::optional<std::int64_t> routine_id,
                    const std::optional<std::string>& setting_key) {
  SQLite::Statement note(db, "INSERT INTO import_added (action, routine_id, setting_key) VALUES (?, ?, ?)");
  note.bind(1, action);
  bind_optional(note, 2, routine_id);
  bind_optional(note, 3, setting_key);
  note.exec();
}

int add_missing_routines(SQLite::Database& db, const std::vector<domain::Routine>& routines, std::int64_t action) {
  int added = 0;
  for (const auto& routine : routines) {
    if (!insert_user_routine(db, routine)) continue;
    remember_added(db, action, db.getLastInsertRowid(), std::nullopt);
    ++added;
  }
  return added;
}

void add_missing_settings(SQLite::Database& db, const std::map<std::string, std::string>& held,
                          const std::map<std::string, std::string>& settings, std::int64_t action,
                          domain::ImportCounts& counts) {
  for (const auto& [key, value] : settings) {
    if (const auto found = held.find(key); found != held.end()) {
      if (found->second != value) counts.settings_kept.push_back(key);
      continue;
    }
    put_setting(db, key, value);
    remember_added(db, action, std::nullopt, key);
    ++counts.settings_added;
  }
}

}  // namespace

domain::DiaryExport Store::read_all() const {
  // An export is where damage would spread to another file: the whole diary is checked first.
  refuse_if_damaged(*db_, db_->getFilename());
  domain::DiaryExport data;
  data.entries = all_entries(*db_);
  for (auto& routine : routines(true)) {
    if (!routine.from_article) data.routines.push_back(std::move(routine));
  }
  data.settings = setting_values();
  return data;
}

domain::ImportCounts Store::import(const domain::DiaryExport& data, const domain::Zone& zone, const std::string& logged_at) {
  // Thousands of rows written into a damaged file would bury the damage deeper: it is checked first.
  refuse_if_damaged(*db_, db_->getFilename());
  SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  const auto action = record_action("import", logged_at);
  domain::ImportCounts counts;
  counts.routines_added = add_missing_routines(*db_, data.routines, action);
  add_missing_settings(*db_, setting_values(), data.settings, action, counts);
  // Compared inside the transaction, so two imports of one file at once still add it once.
  add_new_entries(*db_, data.entries, action, zone, counts);
  // An import that added nothing changed nothing: no step for undo to take back.
  if (counts.routines_added + counts.settings_added + counts.pain_added + counts.done_added == 0) {
    SQLite::Statement forget(*db_, "DELETE FROM action WHERE id = ?");
    forget.bind(1, action);
    forget.exec();
  }
  transaction.commit();
  return counts;
}

}  // namespace backcare::store

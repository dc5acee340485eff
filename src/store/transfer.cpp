#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <iterator>
#include <set>

#include "domain/errors.hpp"
#include "store/check.hpp"
#include "store/import_entries.hpp"
#include "store/import_sink.hpp"
#include "store/row_writes.hpp"
#include "store/rows.hpp"
#include "store/store.hpp"
#include "store/write_step.hpp"

namespace backcare::store {
namespace {

// Each table is read already in export order (domain::export_order on the fields an export writes: a
// number compares as its text, a NULL as ""), so the two lists are merged rather than sorted: sorting
// rows of nine strings was a third of a 50-year export.
constexpr const char* kPainExportOrder = " ORDER BY day, logged_at, CAST(level AS TEXT), note, ifnull(time, '')";
constexpr const char* kCompletionExportOrder =
    " ORDER BY c.day, c.logged_at, r.slug, ifnull(CAST(c.reps AS TEXT), ''), ifnull(CAST(c.minutes AS TEXT), ''),"
    " c.note, ifnull(c.time, '')";

/// The rows of `query`, read with `mapper`, in export order: sorted here should SQL's order ever differ.
template <typename Mapper>
std::vector<domain::EntryRow> rows_in_export_order(SQLite::Database& db, const std::string& query, Mapper mapper) {
  std::vector<domain::EntryRow> rows;
  SQLite::Statement select(db, query);
  while (select.executeStep()) rows.push_back(domain::row_of(mapper(select)));
  if (!std::is_sorted(rows.begin(), rows.end(), domain::export_order)) {
    std::sort(rows.begin(), rows.end(), domain::export_order);
  }
  return rows;
}

/// Every entry as export files carry it, in export order: read with the tables' own mappers, so an
/// export holds exactly what the diary's other reads see.
std::vector<domain::EntryRow> all_entries(SQLite::Database& db) {
  auto pain = rows_in_export_order(db, std::string("SELECT ") + kPainColumns + " FROM pain" + kPainExportOrder,
                                   pain_row);
  auto done = rows_in_export_order(
      db, std::string("SELECT ") + kCompletionColumns + " FROM " + kCompletionTables + kCompletionExportOrder,
      completion_row);
  std::vector<domain::EntryRow> rows;
  rows.reserve(pain.size() + done.size());
  std::merge(std::make_move_iterator(pain.begin()), std::make_move_iterator(pain.end()),
             std::make_move_iterator(done.begin()), std::make_move_iterator(done.end()), std::back_inserter(rows),
             domain::export_order);
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

ImportOutcome Store::import(const ExportReader& read, const domain::Zone& zone, domain::Day today,
                                   const std::string& logged_at) {
  // Thousands of rows written into a damaged file would bury the damage deeper: it is checked first.
  refuse_if_damaged(*db_, db_->getFilename());
  // Checked and staged inside the transaction, so two imports of one file at once still add it once;
  // a problem returns before the commit, and the rollback takes back the staging too.
  WriteStep step(*db_);
  const auto action = record_action("import", logged_at);
  StagedEntries staged(*db_, action, zone);
  std::set<std::string> diary_slugs;
  for (auto& routine : routines(true)) diary_slugs.insert(std::move(routine.slug));
  ImportSink sink(*db_, std::move(diary_slugs), today, staged);
  read(sink);
  ImportOutcome outcome{{}, sink.finish()};
  if (!outcome.problems.empty()) return outcome;
  auto& counts = outcome.counts;
  counts.routines_added = add_missing_routines(*db_, sink.routines(), action);
  add_missing_settings(*db_, setting_values(), sink.settings(), action, counts);
  staged.add_new(counts);
  // An import that added nothing changed nothing: no step for undo to take back.
  if (counts.routines_added + counts.settings_added + counts.pain_added + counts.done_added == 0) {
    SQLite::Statement forget(*db_, "DELETE FROM action WHERE id = ?");
    forget.bind(1, action);
    forget.exec();
  }
  step.commit();
  return outcome;
}

domain::ImportCounts Store::import(const domain::DiaryExport& data, const domain::Zone& zone,
                                   const std::string& logged_at) {
  const auto feed = [&data](domain::ExportSink& sink) {
    for (std::size_t i = 0; i < data.entries.size(); ++i) sink.entry(data.entries[i], "entry " + std::to_string(i + 1));
    for (std::size_t i = 0; i < data.routines.size(); ++i) {
      sink.routine(data.routines[i], "routine " + std::to_string(i + 1));
    }
    for (const auto& [key, value] : data.settings) sink.setting(key, value);
  };
  // No day is too late here: the caller has checked the data against its own today.
  auto outcome = import(feed, zone, domain::Day::max(), logged_at);
  if (!outcome.problems.empty()) throw UserError(transfer::problems_message("the data", outcome.problems));
  return outcome.counts;
}

}  // namespace backcare::store

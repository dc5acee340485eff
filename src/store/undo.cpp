#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include "store/row_writes.hpp"
#include "store/rows.hpp"
#include "store/store.hpp"

namespace backcare::store {
namespace {

std::vector<domain::PainEntry> pain_of_action(SQLite::Database& db, std::int64_t action) {
  SQLite::Statement query(db, std::string("SELECT ") + kPainColumns + " FROM pain WHERE action_id = ? ORDER BY id");
  query.bind(1, action);
  std::vector<domain::PainEntry> found;
  while (query.executeStep()) found.push_back(pain_row(query));
  return found;
}

std::vector<domain::Completion> done_of_action(SQLite::Database& db, std::int64_t action) {
  SQLite::Statement query(db, std::string("SELECT ") + kCompletionColumns + " FROM " + kCompletionTables +
                                  " WHERE c.action_id = ? ORDER BY c.id");
  query.bind(1, action);
  std::vector<domain::Completion> found;
  while (query.executeStep()) found.push_back(completion_row(query));
  return found;
}

void run_bound(SQLite::Database& db, const char* sql, std::int64_t id) {
  SQLite::Statement statement(db, sql);
  statement.bind(1, id);
  statement.exec();
}

void restore_setting(SQLite::Database& db, domain::UndoneAction& undone, const SQLite::Statement& action) {
  undone.setting_key = action.getColumn(2).getString();
  if (!action.getColumn(3).isNull()) undone.setting_restored = action.getColumn(3).getString();
  put_setting(db, undone.setting_key, undone.setting_restored);
}

std::string routine_slug(SQLite::Database& db, std::int64_t routine_id) {
  SQLite::Statement query(db, "SELECT slug FROM routine WHERE id = ?");
  query.bind(1, routine_id);
  return query.executeStep() ? query.getColumn(0).getString() : std::string{};
}

}  // namespace

std::optional<domain::UndoneAction> Store::undo_last() {
  SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement action(*db_,
                           "SELECT id, command, setting_key, setting_old, routine_id FROM action ORDER BY id DESC LIMIT 1");
  if (!action.executeStep()) return std::nullopt;
  const auto id = action.getColumn(0).getInt64();
  domain::UndoneAction undone{action.getColumn(1).getString(), {}, {}, {}, {}, {}};
  const auto routine_id = action.getColumn(4).isNull() ? 0 : action.getColumn(4).getInt64();
  if (undone.command == "pain" || undone.command == "done") {
    // A check-in is one "pain" action that holds completions too.
    undone.pain = pain_of_action(*db_, id);
    undone.done = done_of_action(*db_, id);
    run_bound(*db_, "DELETE FROM pain WHERE action_id = ?", id);
    run_bound(*db_, "DELETE FROM completion WHERE action_id = ?", id);
  } else if (undone.command == "config") {
    restore_setting(*db_, undone, action);
  } else {
    undone.routine_slug = routine_slug(*db_, routine_id);
  }
  action.reset();
  run_bound(*db_, "DELETE FROM action WHERE id = ?", id);
  if (undone.command == "routine-add") run_bound(*db_, "DELETE FROM routine WHERE id = ?", routine_id);
  if (undone.command == "routine-retire") run_bound(*db_, "UPDATE routine SET retired = 0 WHERE id = ?", routine_id);
  transaction.commit();
  return undone;
}

}  // namespace backcare::store

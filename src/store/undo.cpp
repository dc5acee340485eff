#include <SQLiteCpp/Database.h>

#include "store/clock.hpp"
#include "store/merge_rows.hpp"
#include "store/row_writes.hpp"
#include "store/rows.hpp"
#include "store/store.hpp"
#include "store/undo_steps.hpp"
#include "store/write_step.hpp"

namespace backcare::store {
namespace {

void restore_setting(SQLite::Database& db, domain::UndoneAction& undone, const SQLite::Statement& action,
                     const std::string& deleted_at) {
  undone.setting_key = action.getColumn(2).getString();
  if (!action.getColumn(3).isNull()) undone.setting_restored = action.getColumn(3).getString();
  put_setting(db, undone.setting_key, undone.setting_restored, {}, deleted_at);
}

std::string routine_slug(SQLite::Database& db, std::int64_t routine_id) {
  SQLite::Statement query(db, "SELECT slug FROM routine WHERE id = ?");
  query.bind(1, routine_id);
  return query.executeStep() ? query.getColumn(0).getString() : std::string{};
}

/// Reverses a routine command: the routine added goes, the routine retired or brought back swaps again.
/// Each is a change with the undo's stamp; a routine taken away leaves a tombstone of its slug.
void reverse_routine_change(SQLite::Database& db, domain::UndoneAction& undone, std::int64_t routine_id,
                            const std::string& deleted_at) {
  undone.routine_slug = routine_slug(db, routine_id);
  if (undone.command == "routine-add") {
    run_bound(db, "DELETE FROM routine WHERE id = ?", routine_id);
    leave_tombstone(db, "routine", undone.routine_slug, std::nullopt, deleted_at, std::nullopt);
  }
  const std::string restamp = std::string(", ") + kVersionNow + " WHERE id = ?";
  if (undone.command == "routine-retire") run_bound(db, ("UPDATE routine SET retired = 0" + restamp).c_str(), routine_id);
  if (undone.command == "routine-unretire") run_bound(db, ("UPDATE routine SET retired = 1" + restamp).c_str(), routine_id);
}

/// A routine's name, kind and dose as they were before the `routine edit` of `action`.
void restore_routine_before(SQLite::Database& db, std::int64_t action, std::int64_t routine_id) {
  SQLite::Statement restore(db,
                            std::string("UPDATE routine SET (name, kind, dose) = (SELECT name, kind, dose FROM "
                                        "routine_before WHERE action = ?), ") +
                                kVersionNow + " WHERE id = ?");
  restore.bind(1, action);
  restore.bind(2, routine_id);
  restore.exec();
}

/// A merge is taken back as it was: what it added goes (no tombstone: her other devices keep theirs, and
/// the next merge of their files brings it again), what it replaced or deleted comes back with the version
/// it had, and so do the settings, routines and tombstones it changed.
void undo_merge(SQLite::Database& db, std::int64_t action, domain::UndoneAction& undone) {
  remove_entries_of(db, action, undone, std::nullopt);
  domain::UndoneAction restored;
  restore_entries_before(db, action, restored, false);
  undone.restored_pain = std::move(restored.restored_pain);
  undone.restored_done = std::move(restored.restored_done);
  undone.restored_signs = std::move(restored.restored_signs);
  undone.restored_tags = std::move(restored.restored_tags);
  undo_merge_rows(db, action);
}

}  // namespace

std::optional<domain::UndoneAction> Store::undo_last() {
  WriteStep step(*db_);
  SQLite::Statement action(*db_,
                           "SELECT id, command, setting_key, setting_old, routine_id FROM action ORDER BY id DESC LIMIT 1");
  if (!action.executeStep()) return std::nullopt;
  const auto id = action.getColumn(0).getInt64();
  // Undo is itself a change (issue 28): what it puts back or takes away has its own stamp.
  tick_clock(*db_, wall_millis());
  const auto now = wall_text();
  domain::UndoneAction undone;
  undone.command = action.getColumn(1).getString();
  const auto routine_id = action.getColumn(4).isNull() ? 0 : action.getColumn(4).getInt64();
  // A check-in is one "pain" action that holds completions too.
  const auto& command = undone.command;
  if (command == "pain" || command == "done" || command == "sign" || command == "tag") remove_entries_of(*db_, id, undone, now);
  else if (undone.command == "import") remove_import(*db_, id, undone);
  else if (command == "edit" || command == "delete" || command == "untag") restore_entries_before(*db_, id, undone, true);
  else if (undone.command == "merge") undo_merge(*db_, id, undone);
  else if (undone.command == "config") restore_setting(*db_, undone, action, now);
  // Before the action goes: its routine_before row goes with it.
  else if (undone.command == "routine-edit") restore_routine_before(*db_, id, routine_id);
  action.reset();
  // After the entries (deleting the action first would set their action_id to NULL) and before the
  // routine (the action points at it).
  run_bound(*db_, "DELETE FROM action WHERE id = ?", id);
  if (routine_id != 0) reverse_routine_change(*db_, undone, routine_id, now);
  step.commit();
  return undone;
}

}  // namespace backcare::store

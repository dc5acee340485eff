#include "store/undo_steps.hpp"

#include "store/clock.hpp"
#include "store/entry_kinds.hpp"
#include "store/rows.hpp"

namespace backcare::store {
namespace {

template <typename Entry, typename Mapper>
std::vector<Entry> read_bound(SQLite::Database& db, const std::string& sql, std::int64_t id, Mapper mapper) {
  SQLite::Statement query(db, sql);
  query.bind(1, id);
  std::vector<Entry> found;
  while (query.executeStep()) found.push_back(mapper(query));
  return found;
}

std::vector<domain::PainEntry> pain_of_action(SQLite::Database& db, std::int64_t action) {
  return read_bound<domain::PainEntry>(
      db, std::string("SELECT ") + kPainColumns + " FROM pain WHERE action_id = ? ORDER BY id", action, pain_row);
}

std::vector<domain::Completion> done_of_action(SQLite::Database& db, std::int64_t action) {
  return read_bound<domain::Completion>(
      db, std::string("SELECT ") + kCompletionColumns + " FROM " + kCompletionTables + " WHERE c.action_id = ? ORDER BY c.id",
      action, completion_row);
}

std::vector<domain::SignEntry> signs_of_action(SQLite::Database& db, std::int64_t action) {
  return read_bound<domain::SignEntry>(
      db, std::string("SELECT ") + kSignColumns + " FROM sign WHERE action_id = ? ORDER BY id", action, sign_row);
}

using Kind = domain::EntryId::Kind;

const char* keep_before_sql(Kind kind) {
  switch (kind) {
    case Kind::pain:
      return "INSERT INTO pain_before (action, id, day, time, logged_at, level, note, action_id, regions, tags, uuid, "
             "stamp, device) SELECT ?, id, day, time, logged_at, level, note, action_id, regions, tags, uuid, stamp, "
             "device FROM pain WHERE id = ?";
    case Kind::done:
      return "INSERT INTO completion_before (action, id, day, time, logged_at, routine_id, reps, minutes, note, "
             "action_id, tags, uuid, stamp, device) SELECT ?, id, day, time, logged_at, routine_id, reps, minutes, "
             "note, action_id, tags, uuid, stamp, device FROM completion WHERE id = ?";
    case Kind::sign:
      return "INSERT INTO sign_before (action, id, day, time, logged_at, slug, side, note, action_id, uuid, stamp, "
             "device) SELECT ?, id, day, time, logged_at, slug, side, note, action_id, uuid, stamp, device FROM sign "
             "WHERE id = ?";
    case Kind::tag: break;
  }
  return "INSERT INTO day_tag_before (action, id, day, time, logged_at, slug, action_id, uuid, stamp, device) "
         "SELECT ?, id, day, time, logged_at, slug, action_id, uuid, stamp, device FROM day_tag WHERE id = ?";
}

std::vector<domain::DayTag> tags_of_action(SQLite::Database& db, std::int64_t action) {
  return read_bound<domain::DayTag>(
      db, std::string("SELECT ") + kDayTagColumns + " FROM day_tag WHERE action_id = ? ORDER BY id", action, day_tag_row);
}

std::vector<std::string> texts_bound(SQLite::Database& db, const char* sql, std::int64_t id) {
  SQLite::Statement query(db, sql);
  query.bind(1, id);
  std::vector<std::string> found;
  while (query.executeStep()) found.push_back(query.getColumn(0).getString());
  return found;
}

}  // namespace

void run_bound(SQLite::Database& db, const char* sql, std::int64_t id) {
  SQLite::Statement statement(db, sql);
  statement.bind(1, id);
  statement.exec();
}

bool keep_entry_before(SQLite::Database& db, domain::EntryId id, std::int64_t action) {
  SQLite::Statement keep(db, keep_before_sql(id.kind));
  keep.bind(1, action);
  keep.bind(2, id.row);
  return keep.exec() == 1;
}

void remove_entries_of(SQLite::Database& db, std::int64_t action, domain::UndoneAction& undone,
                       const std::optional<std::string>& tombstones_at) {
  undone.pain = pain_of_action(db, action);
  undone.done = done_of_action(db, action);
  undone.signs = signs_of_action(db, action);
  undone.tags = tags_of_action(db, action);
  if (tombstones_at) {
    for (const auto kind : kEntryKinds) {
      SQLite::Statement leave(db, tombstone_sql(kind, "action_id"));
      leave.bind(1, *tombstones_at);
      leave.bind(2);  // an undo's: no later undo takes it back
      leave.bind(3, action);
      leave.exec();
    }
  }
  for (const auto kind : kEntryKinds) {
    run_bound(db, (std::string("DELETE FROM ") + entry_table(kind) + " WHERE action_id = ?").c_str(), action);
  }
}

void remove_import(SQLite::Database& db, std::int64_t action, domain::UndoneAction& undone) {
  remove_entries_of(db, action, undone, std::nullopt);
  undone.settings_removed =
      texts_bound(db, "SELECT setting_key FROM import_added WHERE action = ? AND setting_key IS NOT NULL ORDER BY 1", action);
  undone.routines_removed = texts_bound(
      db, "SELECT r.slug FROM import_added a JOIN routine r ON r.id = a.routine_id WHERE a.action = ? ORDER BY r.position",
      action);
  run_bound(db, "DELETE FROM tombstone WHERE action = ?", action);
  // Nothing newer can use them: undo goes newest first, so every later command is already undone.
  run_bound(db, "DELETE FROM setting WHERE key IN (SELECT setting_key FROM import_added WHERE action = ?)", action);
  // The notes point at the routines, so they go first.
  SQLite::Statement forget(db, "DELETE FROM import_added WHERE action = ? RETURNING routine_id");
  forget.bind(1, action);
  std::vector<std::int64_t> routines;
  while (forget.executeStep()) {
    if (!forget.getColumn(0).isNull()) routines.push_back(forget.getColumn(0).getInt64());
  }
  for (const auto routine : routines) run_bound(db, "DELETE FROM routine WHERE id = ?", routine);
}

void restore_entries_before(SQLite::Database& db, std::int64_t action, domain::UndoneAction& undone, bool restamp) {
  // What an edit left is taken away and the entry as it was goes back under its own id; a deleted
  // entry just goes back.
  undone.pain = read_bound<domain::PainEntry>(
      db, std::string("SELECT ") + kPainColumns + " FROM pain WHERE id IN (SELECT id FROM pain_before WHERE action = ?)",
      action, pain_row);
  undone.done = read_bound<domain::Completion>(
      db, std::string("SELECT ") + kCompletionColumns + " FROM " + kCompletionTables +
              " WHERE c.id IN (SELECT id FROM completion_before WHERE action = ?)",
      action, completion_row);
  undone.restored_pain = read_bound<domain::PainEntry>(
      db, std::string("SELECT ") + kPainColumns + " FROM pain_before WHERE action = ? ORDER BY id", action, pain_row);
  undone.restored_done = read_bound<domain::Completion>(
      db, std::string("SELECT ") + kCompletionColumns + " FROM completion_before c JOIN routine r ON r.id = c.routine_id "
                                                        "WHERE c.action = ? ORDER BY c.id",
      action, completion_row);
  undone.signs = read_bound<domain::SignEntry>(
      db, std::string("SELECT ") + kSignColumns + " FROM sign WHERE id IN (SELECT id FROM sign_before WHERE action = ?)",
      action, sign_row);
  undone.restored_signs = read_bound<domain::SignEntry>(
      db, std::string("SELECT ") + kSignColumns + " FROM sign_before WHERE action = ? ORDER BY id", action, sign_row);
  run_bound(db, "DELETE FROM pain WHERE id IN (SELECT id FROM pain_before WHERE action = ?)", action);
  undone.tags = read_bound<domain::DayTag>(
      db, std::string("SELECT ") + kDayTagColumns + " FROM day_tag WHERE id IN (SELECT id FROM day_tag_before WHERE action = ?)",
      action, day_tag_row);
  undone.restored_tags = read_bound<domain::DayTag>(
      db, std::string("SELECT ") + kDayTagColumns + " FROM day_tag_before WHERE action = ? ORDER BY id", action, day_tag_row);
  run_bound(db, "DELETE FROM sign WHERE id IN (SELECT id FROM sign_before WHERE action = ?)", action);
  run_bound(db, "DELETE FROM day_tag WHERE id IN (SELECT id FROM day_tag_before WHERE action = ?)", action);
  run_bound(db, "DELETE FROM completion WHERE id IN (SELECT id FROM completion_before WHERE action = ?)", action);
  // Undo of her edit or delete is itself a change, with this command's stamp, so her other devices undo
  // too; undo of a merge puts back the versions as they were, stamps and all.
  const std::string version = restamp ? std::string(kStampNow) + ", " + kDeviceHere : "stamp, device";
  run_bound(db, ("INSERT INTO pain (id, day, time, logged_at, level, note, action_id, regions, tags, uuid, stamp, device) "
                 "SELECT id, day, time, logged_at, level, note, action_id, regions, tags, uuid, " + version +
                 " FROM pain_before WHERE action = ?").c_str(),
            action);
  run_bound(db, ("INSERT INTO sign (id, day, time, logged_at, slug, side, note, action_id, uuid, stamp, device) "
                 "SELECT id, day, time, logged_at, slug, side, note, action_id, uuid, " + version +
                 " FROM sign_before WHERE action = ?").c_str(),
            action);
  run_bound(db, ("INSERT INTO completion (id, day, time, logged_at, routine_id, reps, minutes, note, action_id, tags, "
                 "uuid, stamp, device) SELECT id, day, time, logged_at, routine_id, reps, minutes, note, action_id, tags, "
                 "uuid, " + version + " FROM completion_before WHERE action = ?").c_str(),
            action);
  run_bound(db, ("INSERT INTO day_tag (id, day, time, logged_at, slug, action_id, uuid, stamp, device) "
                 "SELECT id, day, time, logged_at, slug, action_id, uuid, " + version +
                 " FROM day_tag_before WHERE action = ?").c_str(),
            action);
  // The tombstones of the entries now back go. By action: those this step left, every one (a merge's
  // tombstones of rows this diary never held have no before-row to find them by). By UUID: a tombstone
  // a merge lifted and its undo put back no longer names the delete that made it.
  run_bound(db, "DELETE FROM tombstone WHERE action = ?", action);
  for (const auto kind : kEntryKinds) {
    run_bound(db, (std::string("DELETE FROM tombstone WHERE kind = '") + domain::entry_kind_name(kind) +
                   "' AND uuid IN (SELECT uuid FROM " + before_table(kind) + " WHERE action = ?)").c_str(),
              action);
  }
  for (const auto kind : kEntryKinds) {
    run_bound(db, ("DELETE FROM " + before_table(kind) + " WHERE action = ?").c_str(), action);
  }
}

}  // namespace backcare::store

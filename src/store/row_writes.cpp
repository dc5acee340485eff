#include "store/row_writes.hpp"

#include <SQLiteCpp/Statement.h>

#include "store/clock.hpp"
#include "store/rows.hpp"

namespace backcare::store {
namespace {

/// The SQL values of a version bound at `first` and `first + 1`: the file's, or the command's.
std::string version_values(int first) {
  return "coalesce(?" + std::to_string(first) + ", " + kStampNow + "), coalesce(?" + std::to_string(first + 1) + ", " +
         kDeviceHere + ")";
}

void bind_version(SQLite::Statement& statement, int first, const domain::Version& version) {
  if (version.stamp.empty()) statement.bind(first);
  else statement.bind(first, version.stamp);
  if (version.device.empty()) statement.bind(first + 1);
  else statement.bind(first + 1, version.device);
}

void forget_tombstone(SQLite::Database& db, const char* kind, const std::string& key) {
  SQLite::Statement forget(db, "DELETE FROM tombstone WHERE kind = ? AND uuid = ?");
  forget.bind(1, kind);
  forget.bind(2, key);
  forget.exec();
}

}  // namespace

bool insert_user_routine(SQLite::Database& db, const domain::Routine& routine, const domain::Version& version) {
  // Positions from 1000 on keep user routines after the article's, in the order they were added.
  SQLite::Statement insert(db,
                           "INSERT INTO routine (slug, name, kind, dose, source, position, retired, stamp, device) "
                           "VALUES (?1, ?2, ?3, ?4, 'user', 1000 + (SELECT count(*) FROM routine), ?5, " +
                               version_values(6) + ") ON CONFLICT (slug) DO NOTHING");
  insert.bind(1, routine.slug);
  insert.bind(2, routine.name);
  insert.bind(3, routine.kind);
  insert.bind(4, routine.dose);
  insert.bind(5, routine.retired ? 1 : 0);
  bind_version(insert, 6, version);
  const bool added = insert.exec() == 1;
  if (added) forget_tombstone(db, "routine", routine.slug);
  return added;
}

void put_setting(SQLite::Database& db, const std::string& key, const std::optional<std::string>& value,
                 const domain::Version& version, const std::optional<std::string>& deleted_at) {
  if (!value) {
    SQLite::Statement remove(db, "DELETE FROM setting WHERE key = ?");
    remove.bind(1, key);
    if (remove.exec() == 1 && deleted_at) leave_tombstone(db, "setting", key, std::nullopt, *deleted_at, std::nullopt);
    return;
  }
  SQLite::Statement change(db, "INSERT OR REPLACE INTO setting (key, value, stamp, device) VALUES (?1, ?2, " +
                                   version_values(3) + ")");
  change.bind(1, key);
  change.bind(2, *value);
  bind_version(change, 3, version);
  change.exec();
  forget_tombstone(db, "setting", key);
}

void leave_tombstone(SQLite::Database& db, const std::string& kind, const std::string& key,
                     std::optional<std::int64_t> id, const std::string& deleted_at, std::optional<std::int64_t> action) {
  SQLite::Statement leave(db, std::string("INSERT OR REPLACE INTO tombstone (kind, uuid, id, stamp, device, deleted_at, "
                                          "action) VALUES (?, ?, ?, ") +
                                  kStampNow + ", " + kDeviceHere + ", ?, ?)");
  leave.bind(1, kind);
  leave.bind(2, key);
  bind_optional(leave, 3, id);
  leave.bind(4, deleted_at);
  bind_optional(leave, 5, action);
  leave.exec();
}

void link_action_routine(SQLite::Database& db, std::int64_t action, std::int64_t routine_id) {
  SQLite::Statement link(db, "UPDATE action SET routine_id = ? WHERE id = ?");
  link.bind(1, routine_id);
  link.bind(2, action);
  link.exec();
}

}  // namespace backcare::store

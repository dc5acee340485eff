#include "store/row_writes.hpp"

#include <SQLiteCpp/Statement.h>

namespace backcare::store {

bool insert_user_routine(SQLite::Database& db, const domain::Routine& routine) {
  // Positions from 1000 on keep user routines after the article's, in the order they were added.
  SQLite::Statement insert(db,
                           "INSERT INTO routine (slug, name, kind, dose, source, position, retired) "
                           "VALUES (?, ?, ?, ?, 'user', 1000 + (SELECT count(*) FROM routine), ?) "
                           "ON CONFLICT (slug) DO NOTHING");
  insert.bind(1, routine.slug);
  insert.bind(2, routine.name);
  insert.bind(3, routine.kind);
  insert.bind(4, routine.dose);
  insert.bind(5, routine.retired ? 1 : 0);
  return insert.exec() == 1;
}

void put_setting(SQLite::Database& db, const std::string& key, const std::optional<std::string>& value) {
  SQLite::Statement change(db, value ? "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"
                                     : "DELETE FROM setting WHERE key = ?");
  change.bind(1, key);
  if (value) change.bind(2, *value);
  change.exec();
}

void link_action_routine(SQLite::Database& db, std::int64_t action, std::int64_t routine_id) {
  SQLite::Statement link(db, "UPDATE action SET routine_id = ? WHERE id = ?");
  link.bind(1, routine_id);
  link.bind(2, action);
  link.exec();
}

}  // namespace backcare::store

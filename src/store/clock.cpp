#include "store/clock.hpp"

#include <SQLiteCpp/Statement.h>

#include "domain/errors.hpp"

namespace backcare::store {
namespace {

std::string meta_value(SQLite::Database& db, const char* key) {
  SQLite::Statement query(db, "SELECT value FROM main.meta WHERE key = ?");
  query.bind(1, key);
  if (!query.executeStep()) throw StorageError(std::string("the diary has no ") + key + " (schema 8); it was left untouched");
  return query.getColumn(0).getString();
}

void put_clock(SQLite::Database& db, const std::string& stamp) {
  SQLite::Statement update(db, "UPDATE main.meta SET value = ? WHERE key = 'clock'");
  update.bind(1, stamp);
  update.exec();
}

}  // namespace

domain::Stamp tick_clock(SQLite::Database& db, std::int64_t wall_millis) {
  const auto text = meta_value(db, "clock");
  const auto last = domain::parse_stamp(text);
  if (!last) throw StorageError("the diary's clock reads '" + text.substr(0, 20) + "', not a stamp; it was left untouched");
  const auto next = domain::next_stamp(*last, wall_millis);
  put_clock(db, domain::format_stamp(next));
  return next;
}

void witness_stamp(SQLite::Database& db, const std::string& seen) {
  if (seen > meta_value(db, "clock")) put_clock(db, seen);
}

std::string device_id(SQLite::Database& db) { return meta_value(db, "device"); }

}  // namespace backcare::store

#pragma once
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <optional>

#include "domain/day.hpp"

namespace backcare::store {

/// Binds an optional integer, NULL when empty.
inline void bind_optional(SQLite::Statement& statement, int index, const std::optional<int>& value) {
  if (value) statement.bind(index, *value);
  else statement.bind(index);
}

inline std::optional<int> optional_int(const SQLite::Column& column) {
  return column.isNull() ? std::nullopt : std::optional<int>(column.getInt());
}

/// Days are stored as TEXT checked by the schema, so a stored day always parses.
inline domain::Day day_of(const SQLite::Column& column) {
  return domain::parse_iso(column.getString()).value_or(domain::Day{});
}

}  // namespace backcare::store

#pragma once
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <optional>

#include "domain/daily.hpp"
#include "domain/day.hpp"
#include "domain/entries.hpp"
#include "domain/errors.hpp"

namespace backcare::store {

// Each row shape is read in one place: a query selects the shape's column list and hands each row to
// its mapper, so a column added to a table is added once.

/// The pain columns, in the order pain_row reads them.
inline constexpr const char* kPainColumns = "id, day, time, logged_at, level, note, regions, tags";
/// The sign columns, in the order sign_row reads them.
inline constexpr const char* kSignColumns = "id, day, time, logged_at, slug, side, note";
/// The completion columns, in the order completion_row reads them; they come from kCompletionTables.
inline constexpr const char* kCompletionColumns =
    "c.id, c.day, c.time, c.logged_at, r.slug, c.reps, c.minutes, c.note, c.tags";
/// The day tag columns, in the order day_tag_row reads them.
inline constexpr const char* kDayTagColumns = "id, day, time, logged_at, slug";
/// What kCompletionColumns are selected from: each completion with its routine, for the slug.
inline constexpr const char* kCompletionTables = "completion c JOIN routine r ON r.id = c.routine_id";
/// The columns of the pain_day roll-up, in the order daily_pain_row reads them.
inline constexpr const char* kDailyPainColumns = "day, CAST(level_sum AS REAL) / entries, level_max, entries";

/// The current row of a query that selected kPainColumns first.
domain::PainEntry pain_row(const SQLite::Statement& row);
/// The current row of a query that selected kSignColumns first.
domain::SignEntry sign_row(const SQLite::Statement& row);
/// The current row of a query that selected kDayTagColumns first.
domain::DayTag day_tag_row(const SQLite::Statement& row);
/// The current row of a query that selected kCompletionColumns first.
domain::Completion completion_row(const SQLite::Statement& row);
/// The current row of a query that selected kDailyPainColumns first.
domain::DailyPain daily_pain_row(const SQLite::Statement& row);

/// Binds an optional value, NULL when empty.
template <typename T>
void bind_optional(SQLite::Statement& statement, int index, const std::optional<T>& value) {
  if (value) statement.bind(index, *value);
  else statement.bind(index);
}

/// An INTEGER column that may be NULL (reps, minutes), nullopt when it is.
inline std::optional<int> optional_int(const SQLite::Column& column) {
  return column.isNull() ? std::nullopt : std::optional<int>(column.getInt());
}

/// Binds `range` to parameters 1 and 2 of a query filtering `day >= ? AND day < ?`.
inline void bind_range(SQLite::Statement& query, domain::DateRange range) {
  query.bind(1, domain::format_iso(range.begin));
  query.bind(2, domain::format_iso(range.end));
}

/// Binds a clock time HH:MM, NULL when the entry has none (back-filled without --time).
inline void bind_time(SQLite::Statement& statement, int index, const std::string& time) {
  if (time.empty()) statement.bind(index);
  else statement.bind(index, time);
}

/// Binds a pain entry's fields to parameters 1 to 7 in the order day, time, logged_at, level, note,
/// regions, tags: the one list an insert and an edit both write, so a column added is bound in one place.
void bind_pain_fields(SQLite::Statement& statement, const domain::PainEntry& entry);
/// The same for a sign: day, time, logged_at, slug, side, note.
void bind_sign_fields(SQLite::Statement& statement, const domain::SignEntry& entry);
/// The same for a day's tag: day, time, logged_at, slug.
void bind_day_tag_fields(SQLite::Statement& statement, const domain::DayTag& entry);
/// A tag list the diary holds, which its writer checked: split, not checked again.
std::vector<std::string> stored_tags(const SQLite::Column& column);

/// A stored day: TEXT whose form the schema checks.
inline domain::Day day_of(const SQLite::Column& column) {
  // The schema checks the form; a day before 1900 can only come from editing the file by hand, and is
  // refused rather than read (or exported) as another day.
  const auto text = column.getString();
  if (const auto day = domain::parse_iso(text)) return *day;
  throw StorageError("the diary holds a day backcare cannot read ('" + text + "'); it was left untouched");
}

}  // namespace backcare::store

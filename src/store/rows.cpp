#include "store/rows.hpp"

#include "domain/tags.hpp"

namespace backcare::store {

domain::PainEntry pain_row(const SQLite::Statement& row) {
  return {row.getColumn(0).getInt64(), day_of(row.getColumn(1)), row.getColumn(2).getString(),
          row.getColumn(3).getString(), row.getColumn(4).getInt(), row.getColumn(5).getString(),
          domain::read_place_list(row.getColumn(6).getString()), stored_tags(row.getColumn(7))};
}

domain::DayTag day_tag_row(const SQLite::Statement& row) {
  return {row.getColumn(0).getInt64(), day_of(row.getColumn(1)), row.getColumn(2).getString(),
          row.getColumn(3).getString(), row.getColumn(4).getString()};
}

std::vector<std::string> stored_tags(const SQLite::Column& column) {
  std::vector<std::string> tags;
  std::string_view text = column.getText();
  while (!text.empty()) {
    const auto space = text.find(' ');
    tags.emplace_back(text.substr(0, space));
    if (space == std::string_view::npos) break;
    text.remove_prefix(space + 1);
  }
  return tags;
}

domain::SignEntry sign_row(const SQLite::Statement& row) {
  return {row.getColumn(0).getInt64(), day_of(row.getColumn(1)), row.getColumn(2).getString(),
          row.getColumn(3).getString(),
          {row.getColumn(4).getString(), domain::side_from_code(row.getColumn(5).getString())},
          row.getColumn(6).getString()};
}

domain::Completion completion_row(const SQLite::Statement& row) {
  return {row.getColumn(0).getInt64(), day_of(row.getColumn(1)), row.getColumn(2).getString(),
          row.getColumn(3).getString(), row.getColumn(4).getString(), optional_int(row.getColumn(5)),
          optional_int(row.getColumn(6)), row.getColumn(7).getString(), stored_tags(row.getColumn(8))};
}

void bind_pain_fields(SQLite::Statement& statement, const domain::PainEntry& entry) {
  statement.bind(1, domain::format_iso(entry.day));
  bind_time(statement, 2, entry.time);
  statement.bind(3, entry.logged_at);
  statement.bind(4, entry.level);
  statement.bind(5, entry.note);
  statement.bind(6, domain::format_places(entry.regions));
  statement.bind(7, domain::format_tags(entry.tags));
}

void bind_day_tag_fields(SQLite::Statement& statement, const domain::DayTag& entry) {
  statement.bind(1, domain::format_iso(entry.day));
  bind_time(statement, 2, entry.time);
  statement.bind(3, entry.logged_at);
  statement.bind(4, entry.slug);
}

void bind_sign_fields(SQLite::Statement& statement, const domain::SignEntry& entry) {
  statement.bind(1, domain::format_iso(entry.day));
  bind_time(statement, 2, entry.time);
  statement.bind(3, entry.logged_at);
  statement.bind(4, entry.sign.slug);
  statement.bind(5, std::string(domain::side_code(entry.sign.side)));
  statement.bind(6, entry.note);
}

domain::DailyPain daily_pain_row(const SQLite::Statement& row) {
  return {day_of(row.getColumn(0)), row.getColumn(1).getDouble(), row.getColumn(2).getInt(), row.getColumn(3).getInt()};
}

}  // namespace backcare::store

#include <SQLiteCpp/Database.h>

#include "store/rows.hpp"
#include "store/store.hpp"

namespace backcare::store {

std::vector<domain::Routine> Store::routines(bool include_retired) const {
  SQLite::Statement query(*db_,
                          "SELECT slug, name, kind, dose, source, position, retired FROM routine "
                          "WHERE retired = 0 OR ? ORDER BY position, slug");
  query.bind(1, include_retired ? 1 : 0);
  std::vector<domain::Routine> found;
  while (query.executeStep()) {
    domain::Routine routine;
    routine.slug = query.getColumn(0).getString();
    routine.name = query.getColumn(1).getString();
    routine.kind = query.getColumn(2).getString();
    routine.dose = query.getColumn(3).getString();
    routine.from_article = query.getColumn(4).getString() == "article";
    routine.order = query.getColumn(5).getInt();
    routine.retired = query.getColumn(6).getInt() != 0;
    found.push_back(std::move(routine));
  }
  return found;
}

std::map<std::string, std::string> Store::setting_values() const {
  SQLite::Statement query(*db_, "SELECT key, value FROM setting");
  std::map<std::string, std::string> values;
  while (query.executeStep()) values[query.getColumn(0).getString()] = query.getColumn(1).getString();
  return values;
}

domain::Settings Store::settings() const {
  domain::Settings settings;
  for (const auto& [key, value] : setting_values()) domain::apply_setting(settings, key, value);
  return settings;
}

std::vector<domain::PainEntry> Store::pain_between(domain::DateRange range) const {
  SQLite::Statement query(*db_, std::string("SELECT ") + kPainColumns +
                                    " FROM pain WHERE day >= ? AND day < ? ORDER BY day, time IS NULL, time, id");
  bind_range(query, range);
  std::vector<domain::PainEntry> found;
  while (query.executeStep()) found.push_back(pain_row(query));
  return found;
}

std::vector<domain::Completion> Store::completions_between(domain::DateRange range) const {
  SQLite::Statement query(*db_, std::string("SELECT ") + kCompletionColumns + " FROM " + kCompletionTables +
                                    " WHERE c.day >= ? AND c.day < ? ORDER BY c.day, c.time IS NULL, c.time, c.id");
  bind_range(query, range);
  std::vector<domain::Completion> found;
  while (query.executeStep()) found.push_back(completion_row(query));
  return found;
}

std::vector<domain::SignEntry> Store::signs_between(domain::DateRange range) const {
  SQLite::Statement query(*db_, std::string("SELECT ") + kSignColumns +
                                    " FROM sign WHERE day >= ? AND day < ? ORDER BY day, time IS NULL, time, id");
  bind_range(query, range);
  std::vector<domain::SignEntry> found;
  while (query.executeStep()) found.push_back(sign_row(query));
  return found;
}

std::vector<domain::DailyPain> Store::daily_pain(domain::DateRange range) const {
  SQLite::Statement query(*db_, std::string("SELECT ") + kDailyPainColumns +
                                    " FROM pain_day WHERE day >= ? AND day < ? ORDER BY day");
  bind_range(query, range);
  std::vector<domain::DailyPain> found;
  while (query.executeStep()) found.push_back(daily_pain_row(query));
  return found;
}

std::map<std::string, domain::Day> Store::last_done(domain::Day up_to) const {
  SQLite::Statement query(*db_,
                          "SELECT r.slug, (SELECT max(c.day) FROM completion c WHERE c.routine_id = r.id AND c.day <= ?) "
                          "FROM routine r");
  query.bind(1, domain::format_iso(up_to));
  std::map<std::string, domain::Day> found;
  while (query.executeStep()) {
    if (!query.getColumn(1).isNull()) found[query.getColumn(0).getString()] = day_of(query.getColumn(1));
  }
  return found;
}

std::optional<domain::Day> Store::first_entry_day() const {
  SQLite::Statement query(*db_,
                          "SELECT min(day) FROM (SELECT min(day) AS day FROM pain_day "
                          "UNION ALL SELECT min(day) FROM done_day UNION ALL SELECT min(day) FROM sign)");
  if (!query.executeStep() || query.getColumn(0).isNull()) return std::nullopt;
  return day_of(query.getColumn(0));
}

}  // namespace backcare::store

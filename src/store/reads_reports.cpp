#include <SQLiteCpp/Database.h>

#include "store/rows.hpp"
#include "store/store.hpp"

namespace backcare::store {

// Reads for suggest, week and trend: from the daily roll-ups (schema 0002), which triggers keep exact, so
// years of entries come back as one row a day without grouping every entry again.

std::vector<domain::DailyCompletions> Store::daily_completions(domain::DateRange range) const {
  SQLite::Statement query(*db_,
                          "SELECT d.day, r.slug, d.times FROM done_day d JOIN routine r ON r.id = d.routine_id "
                          "WHERE d.day >= ? AND d.day < ? ORDER BY d.day, r.slug");
  bind_range(query, range);
  std::vector<domain::DailyCompletions> found;
  while (query.executeStep()) {
    found.push_back({day_of(query.getColumn(0)), query.getColumn(1).getString(), query.getColumn(2).getInt()});
  }
  return found;
}

std::optional<domain::DailyPain> Store::latest_daily_pain(domain::Day up_to) const {
  SQLite::Statement query(*db_, std::string("SELECT ") + kDailyPainColumns +
                                    " FROM pain_day WHERE day <= ? ORDER BY day DESC LIMIT 1");
  query.bind(1, domain::format_iso(up_to));
  if (!query.executeStep()) return std::nullopt;
  return daily_pain_row(query);
}

}  // namespace backcare::store

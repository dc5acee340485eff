#include "store/rows.hpp"
#include "store/store.hpp"

namespace backcare::store {

// Reads for suggest, week and trend: grouped in SQL so that years of entries come back as one row a day.

std::vector<DailyCompletions> Store::daily_completions(domain::DateRange range) const {
  SQLite::Statement query(*db_,
                          "SELECT c.day, r.slug, count(*) FROM completion c JOIN routine r ON r.id = c.routine_id "
                          "WHERE c.day >= ? AND c.day < ? GROUP BY c.day, r.slug ORDER BY c.day, r.slug");
  query.bind(1, domain::format_iso(range.begin));
  query.bind(2, domain::format_iso(range.end));
  std::vector<DailyCompletions> found;
  while (query.executeStep()) {
    found.push_back({day_of(query.getColumn(0)), query.getColumn(1).getString(), query.getColumn(2).getInt()});
  }
  return found;
}

std::optional<DailyPain> Store::latest_daily_pain(domain::Day up_to) const {
  SQLite::Statement query(*db_,
                          "SELECT day, avg(level), max(level), count(*) FROM pain "
                          "WHERE day = (SELECT max(day) FROM pain WHERE day <= ?) GROUP BY day");
  query.bind(1, domain::format_iso(up_to));
  if (!query.executeStep()) return std::nullopt;
  return DailyPain{day_of(query.getColumn(0)), query.getColumn(1).getDouble(), query.getColumn(2).getInt(),
                   query.getColumn(3).getInt()};
}

}  // namespace backcare::store

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <map>

#include "store/rows.hpp"
#include "store/store.hpp"

namespace backcare::store {

// Reads for suggest, week and trend: from the daily roll-ups (schema 0002), which triggers keep exact, so
// years of entries come back as one row a day without grouping every entry again.

std::vector<domain::DailyCompletions> Store::daily_completions(domain::DateRange range) const {
  // The rows in the roll-up's own key order (day, routine id), not joined nor sorted in SQL: over fifty
  // years that was most of a `trend --all`. The slugs come from the small routine table once, and each
  // day's few rows are put in slug order here.
  std::map<std::int64_t, std::string> slugs;
  SQLite::Statement routines(*db_, "SELECT id, slug FROM routine");
  while (routines.executeStep()) slugs[routines.getColumn(0).getInt64()] = routines.getColumn(1).getString();
  SQLite::Statement query(*db_, "SELECT day, routine_id, times FROM done_day WHERE day >= ? AND day < ? ORDER BY day, routine_id");
  bind_range(query, range);
  std::vector<domain::DailyCompletions> found;
  std::string day_text;
  domain::Day day;
  std::size_t day_begins = 0;
  const auto by_slug = [](const auto& a, const auto& b) { return a.slug < b.slug; };
  while (query.executeStep()) {
    // A day's rows come together: its text is read once, and the day before is put in order.
    if (const char* text = query.getColumn(0).getText(); day_text != text) {
      std::sort(found.begin() + long(day_begins), found.end(), by_slug);
      day_begins = found.size();
      day = day_of(query.getColumn(0));
      day_text = text;
    }
    found.push_back({day, slugs[query.getColumn(1).getInt64()], query.getColumn(2).getInt()});
  }
  std::sort(found.begin() + long(day_begins), found.end(), by_slug);
  return found;
}

}  // namespace backcare::store

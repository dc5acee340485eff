#include <SQLiteCpp/Database.h>

#include "domain/week.hpp"
#include "store/rows.hpp"
#include "store/store.hpp"

namespace backcare::store {
namespace {

/// Walks the pain roll-up one day a row, in `order`, up to `up_to`, and returns the first week whose
/// logged days `fits`: it stops there, so a diary of fifty years is read only as far as that week.
std::vector<domain::DailyPain> first_fitting_week(SQLite::Database& db, const char* order, bool (*fits)(int),
                                                  domain::WeekStart start, domain::Day up_to) {
  SQLite::Statement query(db, std::string("SELECT ") + kDailyPainColumns + " FROM pain_day WHERE day <= ? ORDER BY day " + order);
  query.bind(1, domain::format_iso(up_to));
  std::vector<domain::DailyPain> week;
  while (query.executeStep()) {
    auto day = daily_pain_row(query);
    if (!week.empty() && domain::week_start(day.day, start) != domain::week_start(week.front().day, start)) {
      if (fits(int(week.size()))) break;
      week.clear();
    }
    week.push_back(day);
  }
  if (!fits(int(week.size()))) return {};
  std::sort(week.begin(), week.end(), [](const auto& a, const auto& b) { return a.day < b.day; });
  return week;
}

}  // namespace

std::vector<domain::DailyPain> Store::first_week_where(bool (*fits)(int days_logged), domain::WeekStart start,
                                                       domain::Day up_to) const {
  return first_fitting_week(*db_, "ASC", fits, start, up_to);
}

std::vector<domain::DailyPain> Store::last_week_where(bool (*fits)(int days_logged), domain::WeekStart start,
                                                      domain::Day up_to) const {
  return first_fitting_week(*db_, "DESC", fits, start, up_to);
}

std::map<std::string, int> Store::runs_up_to(domain::Day today) const {
  // A run is alive only if its routine was done today or yesterday; walking back a day a row, each run
  // ends at its first missing day, and the walk ends when no run is alive.
  SQLite::Statement query(*db_, "SELECT d.day, r.slug FROM done_day d JOIN routine r ON r.id = d.routine_id "
                                "WHERE d.day <= ? ORDER BY d.day DESC");
  query.bind(1, domain::format_iso(today));
  std::map<std::string, int> runs;
  std::map<std::string, domain::Day> expected;  // the next day back each live run needs
  while (query.executeStep()) {
    const auto day = day_of(query.getColumn(0));
    const auto slug = query.getColumn(1).getString();
    // A live run whose day went by without its routine has ended.
    std::erase_if(expected, [day](const auto& live) { return live.second > day; });
    const bool recent = day >= today - date::days{1};
    if (!recent && expected.empty()) break;
    if (recent && !runs.contains(slug)) expected[slug] = day;
    const auto live = expected.find(slug);
    if (live == expected.end() || live->second != day) continue;
    ++runs[slug];
    live->second = day - date::days{1};
  }
  return runs;
}

}  // namespace backcare::store

#include "commands/support/diary_changes.hpp"

#include <algorithm>

#include "domain/week.hpp"
#include "rules/rulebook.hpp"
#include "store/store.hpp"

namespace backcare::commands {

void add_days(std::vector<domain::DailyPain>& days, const std::vector<domain::DailyPain>& more) {
  days.insert(days.end(), more.begin(), more.end());
  std::sort(days.begin(), days.end(), [](const auto& a, const auto& b) { return a.day < b.day; });
  days.erase(std::unique(days.begin(), days.end(), [](const auto& a, const auto& b) { return a.day == b.day; }), days.end());
}

std::vector<domain::DailyPain> compared_weeks(const Env& env, domain::Day day) {
  const auto start = env.settings.week_start;
  auto days = env.db().first_week_where(rules::can_be_baseline, start, day);
  const auto latest = env.db().last_week_where(rules::comparable, start, day);
  if (!latest.empty()) {
    const auto latest_first = domain::week_start(latest.front().day, start);
    add_days(days, env.db().daily_pain({latest_first - date::days{7}, latest_first}));
    add_days(days, latest);
  }
  return days;
}

}  // namespace backcare::commands

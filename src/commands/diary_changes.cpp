#include "commands/diary_changes.hpp"

#include <algorithm>

#include "domain/week.hpp"
#include "rules/rulebook.hpp"

namespace backcare::commands {

std::vector<domain::DailyPain> compared_weeks(const Env& env, domain::Day day) {
  const auto start = env.settings.week_start;
  auto days = env.db().first_week_where(rules::can_be_baseline, start, day);
  auto latest = env.db().last_week_where(rules::comparable, start, day);
  if (!latest.empty()) {
    const auto latest_first = domain::week_start(latest.front().day, start);
    const auto before = env.db().daily_pain({latest_first - date::days{7}, latest_first});
    days.insert(days.end(), before.begin(), before.end());
    days.insert(days.end(), latest.begin(), latest.end());
  }
  // The baseline may be the latest week, or the week before it: each day once, in order.
  std::sort(days.begin(), days.end(), [](const auto& a, const auto& b) { return a.day < b.day; });
  days.erase(std::unique(days.begin(), days.end(), [](const auto& a, const auto& b) { return a.day == b.day; }), days.end());
  return days;
}

reports::WeekChanges diary_changes(const Env& env, domain::Day day) {
  return reports::week_changes(compared_weeks(env, day), env.settings.week_start);
}

}  // namespace backcare::commands

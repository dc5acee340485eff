#include "commands/diary_changes.hpp"

namespace backcare::commands {

reports::WeekChanges diary_changes(const Env& env, domain::Day day) {
  const auto first = env.db().first_entry_day();
  if (!first) return {};
  return reports::week_changes(env.db().daily_pain({*first, day + date::days{1}}), env.settings.week_start);
}

}  // namespace backcare::commands

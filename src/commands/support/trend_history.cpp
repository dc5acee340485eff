#include "commands/support/trend_history.hpp"

#include <algorithm>

#include "commands/support/diary_changes.hpp"
#include "store/store.hpp"

namespace backcare::commands {

void read_trend_history(const Env& env, reports::TrendInput& input) {
  const domain::Day last = input.today;
  const domain::Day next = last + date::days{1};
  input.pain = env.db().daily_pain({input.first, next});
  add_days(input.pain, compared_weeks(env, last));
  input.done = env.db().daily_completions({std::min(input.first, last - date::days{reports::kHabitHistoryDays}), next});
  input.streaks = env.db().runs_up_to(last);
}

}  // namespace backcare::commands

#include "commands/support/redflags_now.hpp"

#include "commands/support/diary_changes.hpp"
#include "store/store.hpp"

namespace backcare::commands {

rules::DueNow redflags_now(const Env& env) {
  // The weeks the rulebook compares hold this week and last when either can be "now"; the two days add
  // the window of a severe entry. A few indexed reads, whatever the diary's length.
  rules::DueNowInput input{env.today, env.settings.week_start, compared_weeks(env, env.today), {}};
  add_days(input.pain, env.db().daily_pain({env.today - date::days{1}, env.today + date::days{1}}));
  return rules::due_now(input);
}

}  // namespace backcare::commands

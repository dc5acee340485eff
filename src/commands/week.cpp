#include "commands/commands.hpp"
#include "commands/report_catalogue.hpp"
#include "domain/week.hpp"

namespace backcare::commands {

reports::WeekSummary run(const cli::WeekArgs& args, Env& env) {
  const auto start = env.settings.week_start;
  const domain::Day first =
      args.week ? domain::parse_week_argument(*args.week, env.today, start) : domain::week_start(env.today, start);
  reports::WeekInput input;
  input.first = first;
  input.start = start;
  // The week before too: the change is measured against it.
  input.pain = env.db().daily_pain({first - date::days{7}, first + date::days{7}});
  input.done = env.db().daily_completions(domain::week_range(first));
  input.catalogue = report_catalogue(env, true);
  return reports::summarize_week(input);
}

}  // namespace backcare::commands

#include "commands/commands.hpp"
#include "commands/report_catalogue.hpp"
#include "domain/inputs.hpp"

namespace backcare::commands {

reports::Suggestions run(const cli::SuggestArgs& args, Env& env) {
  reports::SuggestInput input;
  input.day = args.date ? domain::parse_day_argument(*args.date, env.today, "--date") : env.today;
  // The clock says which part of the day it is only when suggesting for today; any other day is whole.
  if (input.day == env.today) {
    input.time = domain::local_time_text(env.now);
    const int minutes = domain::parse_clock_time(*input.time).value_or(0);
    input.part = reports::day_part(minutes, domain::diary_day(env.now, 0) != env.today);
  }
  input.helper = args.helper;
  input.all = args.all;
  input.routines = report_catalogue(env, false);
  input.last_done = env.db().last_done(input.day);
  for (const auto& row : env.db().daily_completions({input.day, input.day + date::days{1}})) {
    input.done_on_day[row.slug] = row.count;
  }
  input.latest_pain = env.db().latest_daily_pain(input.day);
  input.settings = env.settings;
  input.tips = env.content.tips;
  return reports::suggest(input);
}

}  // namespace backcare::commands

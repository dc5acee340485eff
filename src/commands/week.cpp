#include <algorithm>

#include "commands/registry.hpp"
#include "commands/support/diary_changes.hpp"
#include "commands/support/redflags_now.hpp"
#include "commands/support/report_catalogue.hpp"
#include "domain/week.hpp"
#include "rules/rulebook.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct WeekArgs {
  std::optional<std::string> week;
};

reports::WeekSummary run(const WeekArgs& args, Env& env) {
  const auto start = env.settings.week_start;
  const domain::Day first =
      args.week ? domain::parse_week_argument(*args.week, env.today, start) : domain::week_start(env.today, start);
  reports::WeekInput input;
  input.first = first;
  input.start = start;
  // The week and the one before, and the baseline up to the week's end: its change is measured on both.
  input.pain = env.db().first_week_where(rules::can_be_baseline, start, first + date::days{6});
  add_days(input.pain, env.db().daily_pain({first - date::days{7}, first + date::days{7}}));
  input.done = env.db().daily_completions(domain::week_range(first));
  input.catalogue = report_catalogue(env, true);
  input.entries = env.db().pain_between(domain::week_range(first));
  input.region_kinds = env.content.region_kinds();
  input.tag_days = env.db().tag_days(domain::week_range(first));
  input.today = env.today;
  input.due = redflags_now(env);
  return reports::summarize_week(input);
}

}  // namespace

Command week_command() {
  return command<WeekArgs>(
      {"week", "The weekly summary: a row per day, the week's pain and routines",
       "  backcare week\n  backcare week last\n  backcare week 2026-W47\n  backcare week 2026-11-24 --json\n\n"
       "Weeks run Monday to Sunday and are named by ISO week (2026-W48). With 'backcare config week-start\n"
       "sunday' they run Sunday to Saturday and are named by their first day (2026-11-22); an ISO week then\n"
       "means the Sunday week holding its Monday."},
      Diary::reads, Output::text_or_json,
      {{.name = "week", .help = "2026-W47, last, or a day YYYY-MM-DD in the week (default this week)",
        .field = &WeekArgs::week, .type_name = "WEEK"}},
      run);
}

}  // namespace backcare::commands

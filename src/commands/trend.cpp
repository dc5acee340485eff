#include <algorithm>

#include "commands/commands.hpp"
#include "commands/report_catalogue.hpp"
#include "domain/inputs.hpp"
#include "domain/week.hpp"

namespace backcare::commands {
namespace {

constexpr int kDefaultWeeks = 8;
constexpr int kMaxWeeks = 520;

/// The first day of the range's first week: --weeks N, --since DAY, --all, else the last 8 weeks.
domain::Day first_week(const cli::TrendArgs& args, const Env& env, std::optional<domain::Day> first_entry) {
  const auto start = env.settings.week_start;
  const domain::Day this_week = domain::week_start(env.today, start);
  int weeks = kDefaultWeeks;
  if (args.since) return domain::week_start(domain::parse_day_argument(*args.since, env.today, "--since"), start);
  if (args.all) return domain::week_start(first_entry.value_or(env.today), start);
  if (args.weeks) weeks = domain::parse_count(*args.weeks, 1, kMaxWeeks, "--weeks");
  return this_week - date::days{7 * (weeks - 1)};
}

}  // namespace

reports::Trend run(const cli::TrendArgs& args, Env& env) {
  const auto first_entry = env.db().first_entry_day();
  reports::TrendInput input;
  input.first = first_week(args, env, first_entry);
  input.today = env.today;
  input.start = env.settings.week_start;
  // The whole history, not only the range: the baseline and the streaks may lie before it.
  const domain::Day from = std::min(input.first, first_entry.value_or(input.first));
  const domain::DateRange history{from, env.today + date::days{1}};
  input.pain = env.db().daily_pain(history);
  input.done = env.db().daily_completions(history);
  input.catalogue = report_catalogue(env, true);
  return reports::build_trend(input);
}

}  // namespace backcare::commands

#include <algorithm>

#include <fmt/format.h>

#include "commands/registry.hpp"
#include "commands/support/redflags_now.hpp"
#include "commands/support/report_catalogue.hpp"
#include "commands/support/trend_history.hpp"
#include "domain/inputs.hpp"
#include "domain/week.hpp"
#include "rules/rulebook.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

constexpr int kTrendWeeks = 8;
constexpr int kMaxTrendWeeks = 520;

struct TrendArgs {
  std::optional<std::string> weeks, since;
  bool all = false;
};

/// The first day of the range's first week: --weeks N, --since DAY, --all, else the last 8 weeks.
domain::Day first_week(const TrendArgs& args, const Env& env, std::optional<domain::Day> first_entry) {
  const auto start = env.settings.week_start;
  const domain::Day this_week = domain::week_start(env.today, start);
  if (args.since) {
    return domain::week_start(domain::parse_day_argument(*args.since, env.today, env.calendar_today, "--since"), start);
  }
  if (args.all) return domain::week_start(first_entry.value_or(env.today), start);
  if (args.weeks) return this_week - date::days{7 * (domain::parse_count(*args.weeks, 1, kMaxTrendWeeks, "--weeks") - 1)};
  // By default no weeks before the diary began: a new diary's chart is not half empty.
  const domain::Day by_default = this_week - date::days{7 * (kTrendWeeks - 1)};
  return first_entry ? std::max(by_default, domain::week_start(*first_entry, start)) : by_default;
}

reports::Trend run(const TrendArgs& args, Env& env) {
  const auto first_entry = env.db().first_entry_day();
  reports::TrendInput input;
  input.first = first_week(args, env, first_entry);
  input.today = env.today;
  input.start = env.settings.week_start;
  read_trend_history(env, input);
  input.catalogue = report_catalogue(env, true);
  input.due = redflags_now(env);
  return reports::build_trend(input);
}

/// The examples, then how weeks are compared: the day counts from the rulebook.
std::string trend_examples() {
  return fmt::format(
      "  backcare trend\n  backcare trend --weeks 12\n  backcare trend --all --json\n\n"
      "Weeks follow the week-start setting. The baseline is the first week in the diary with {} or more\n"
      "logged days, the latest the most recent week with {} or more; a week's pain is the mean of its daily\n"
      "means. The next-day table (as patterns --next-day shows it) and habits cover the weeks shown.",
      rules::kReliableDays, rules::kProvisionalDays);
}

}  // namespace

Command trend_command() {
  return command<TrendArgs>(
      {"trend", "How pain changes over the weeks, and whether the change is likely meaningful", trend_examples()},
      Diary::reads, Output::text_or_json,
      {{.name = "--weeks", .help = "The last N weeks, 1 to 520 (default 8)", .field = &TrendArgs::weeks,
        .type_name = "N", .excludes = {"--since", "--all"}},
       {.name = "--since", .help = "The weeks from the one holding this day", .field = &TrendArgs::since,
        .type_name = "DAY", .excludes = {"--all"}},
       {.name = "--all", .help = "Every week since the first entry", .field = &TrendArgs::all}},
      run);
}

}  // namespace backcare::commands

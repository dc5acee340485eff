#include <fmt/format.h>

#include <algorithm>

#include "commands/registry.hpp"
#include "commands/support/redflags_now.hpp"
#include "domain/inputs.hpp"
#include "rules/patterns.hpp"
#include "rules/rulebook.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct PatternsArgs {
  bool next_day = false;
  std::optional<std::string> since;
};

views::PatternsView run(const PatternsArgs& args, Env& env) {
  std::optional<domain::Day> since;
  if (args.since) since = domain::parse_day_argument(*args.since, env.today, env.calendar_today, "--since");
  views::PatternsView view;
  view.next_day = args.next_day;
  view.due = redflags_now(env);
  // Only days with pain entries count: nothing before the first (a day without one is missing, not a
  // day without the tag or routine).
  const auto first_entry = env.db().first_entry_day();
  if (!first_entry) return view;
  const domain::DateRange range{std::max(*first_entry, since.value_or(*first_entry)), env.today + date::days{1}};
  reports::PatternInput input;
  for (const auto& day : env.db().daily_pain(range)) input.day_means[day.day] = day.mean;
  if (input.day_means.empty()) return view;
  input.factors = reports::tag_factors(env.db().day_tags_between(range), env.db().pain_between(range),
                                       env.db().completions_between(range), range);
  for (auto& routine : reports::routine_factors(env.db().daily_completions(range), range)) {
    input.factors.push_back(std::move(routine));
  }
  input.next_day = args.next_day;
  view.first = input.day_means.begin()->first;
  view.last = input.day_means.rbegin()->first;
  view.patterns = reports::build_patterns(input);
  return view;
}

std::string patterns_examples() {
  return fmt::format(
      "  backcare patterns\n  backcare patterns --next-day\n  backcare patterns --since 2026-09-01 --json\n\n"
      "Each tag and routine is compared on the days that have pain entries: the mean of the day means on\n"
      "days with it (a tag: on the day, or on a pain entry or routine done that day) against the other days\n"
      "with entries (a day with no entry is left out, never counted as a day without it). With --next-day,\n"
      "a day counts when it and the next both have entries, and the next day's mean is its value. Shown\n"
      "with {0} or more days on each side, at most {1} tags and {1} routines (those with the most days);\n"
      "'looks different' only when the 95% interval (Welch) excludes 0 and the difference is {2:g} points\n"
      "or more. A pattern in your own records, not proof that one leads to the other.",
      rules::kPatternDays, rules::kPatternsShownPerKind, rules::kMeaningfulPoints);
}

}  // namespace

Command patterns_command() {
  return command<PatternsArgs>(
      {"patterns", "Pain on days with and without each tag and routine: a pattern, not a cause", patterns_examples()},
      Diary::reads, Output::text_or_json,
      {{.name = "--next-day", .help = "Compare the next day's pain instead of the same day's", .field = &PatternsArgs::next_day},
       {.name = "--since", .help = "Only the days from this one (default: the diary's first)", .field = &PatternsArgs::since,
        .type_name = "DAY"}},
      run);
}

}  // namespace backcare::commands

#include <fmt/format.h>

#include "commands/registry.hpp"
#include "commands/support/day_range.hpp"
#include "commands/support/redflags_now.hpp"
#include "commands/support/report_catalogue.hpp"
#include "domain/inputs.hpp"
#include "rules/rulebook.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct SuggestArgs {
  std::optional<std::string> date;
  bool helper = false;
  bool all = false;
};

reports::Suggestions run(const SuggestArgs& args, Env& env) {
  reports::SuggestInput input;
  input.day =
      args.date ? domain::parse_day_argument(*args.date, env.today, env.calendar_today, "--date") : env.today;
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
  input.done_on_day = times_done(input.day, env);
  input.due = redflags_now(env);
  input.settings = env.settings;
  input.tips = env.content.tips;
  return reports::suggest(input);
}

/// The examples and the rules in order; every threshold from the rulebook and the times of day.
std::string suggest_examples() {
  return fmt::format(
      "  backcare suggest\n  backcare suggest --helper --all\n\n"
      "Rules, in order: a routine done today is not suggested again (unless the article gives it more than\n"
      "once a day); exercises wait after the birth, longer after a caesarean, and after a caesarean until your\n"
      "midwife or doctor clears you (birth type unset: the caesarean rules; 'backcare show SLUG' says how long);\n"
      "while the red flags are due (an entry of {} or more today or the day before, or a likely meaningful\n"
      "rise this week or last), the red flags first and gentle routines only, none of your own exercises\n"
      "either; routines needing a second person only with --helper; the article's times of day (morning\n"
      "before {}, evening from {}); then the longest undone first. Your own routines are ranked the same way,\n"
      "without times of day or holds.",
      rules::kSevereLevel, domain::clock_text(reports::kMorningEnds), domain::clock_text(reports::kEveningStarts));
}

}  // namespace

Command suggest_command() {
  return command<SuggestArgs>(
      {"suggest", "Routines that fit today, with why, one tip and when to seek care",
       suggest_examples()},
      Diary::reads, Output::text_or_json,
      {{.name = "--date", .help = "Suggest for this day (default today)", .field = &SuggestArgs::date, .type_name = "DAY"},
       {.name = "--helper", .help = "Someone can help today (adds routines that need a second person)",
        .field = &SuggestArgs::helper},
       {.name = "--all", .help = "Every routine that fits, not just the first four", .field = &SuggestArgs::all}},
      run);
}

}  // namespace backcare::commands

#include "commands/registry.hpp"
#include "commands/support/redflags_now.hpp"
#include "commands/support/report_catalogue.hpp"
#include "commands/support/transfer_paths.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/text.hpp"
#include "reports/plan.hpp"

namespace backcare::commands {
namespace {

constexpr int kDefaultWeeks = 12;
constexpr int kMaxPlanWeeks = 104;

struct PlanArgs {
  std::optional<std::string> ics, from, weeks;
};

/// --from: a plan is for days to come, so today, tomorrow or a later date. Today is the diary day, as in
/// every other command: at 02:05 after Friday's evening, `today` and the plan both start on Friday.
domain::Day first_day(const std::optional<std::string>& from, const Env& env) {
  if (!from || *from == "today") return env.today;
  if (*from == "tomorrow") return env.today + date::days{1};
  const auto day = domain::parse_iso(*from);
  if (!day || *day < env.today) {
    throw UserError("invalid --from '" + domain::quote_for_message(*from) +
                    "': accepted today, tomorrow or a date YYYY-MM-DD from today on");
  }
  return *day;
}

reports::Plan make_plan(const PlanArgs& args, Env& env) {
  const auto first = first_day(args.from, env);
  const int weeks = args.weeks ? domain::parse_count(*args.weeks, 1, kMaxPlanWeeks, "--weeks") : kDefaultWeeks;
  return reports::build_plan({{first, first + date::days{7 * weeks}}, report_catalogue(env, false), env.settings, env.now});
}

Result run(const PlanArgs& args, Env& env) {
  if (!args.ics) return views::PlanView{make_plan(args, env), redflags_now(env)};
  std::optional<std::string> file;
  if (!means_stdout(*args.ics)) {
    check_output_path(*args.ics, env, "--ics", "give - to write the calendar to stdout");
    file = *args.ics;
  }
  return views::PlanWritten{make_plan(args, env), file, redflags_now(env)};
}

}  // namespace

Command plan_command() {
  return command<PlanArgs>(
      {"plan", "Daily reminders for your routines, to read or to put in your calendar (--ics)",
       "  backcare plan\n  backcare plan --ics reminders.ics\n  backcare plan --ics - --from tomorrow --weeks 4\n\n"
       "A reminder for each routine the article gives a time of day: morning (08:00) or evening (21:00),\n"
       "changed with backcare config morning HH:MM and evening HH:MM; routines for any time of day have\n"
       "none ('backcare suggest' fits them in). A routine that waits after the birth starts when its wait\n"
       "ends; one that waits for your midwife's or doctor's OK is left out until backcare config\n"
       "cleared-for-exercise yes. A held routine is listed as held, with why and what frees it, and has no\n"
       "event in the calendar. Each reminder says to skip it on a day of severe pain and to read the red\n"
       "flags first. The plan starts on today's diary day (see config day-starts). The .ics file (iCalendar) imports into any calendar application and is\n"
       "readable by you only (mode 0600); made again, it updates the same events."},
      Diary::reads, Output::text_or_json,
      {{.name = "--ics", .help = "Write the reminders as an iCalendar file ('-': to stdout)", .field = &PlanArgs::ics,
        .type_name = "FILE"},
       {.name = "--from", .help = "First day: today, tomorrow or YYYY-MM-DD (default today)", .field = &PlanArgs::from,
        .type_name = "DAY"},
       {.name = "--weeks", .help = "How many weeks it covers, 1 to 104 (default 12)", .field = &PlanArgs::weeks,
        .type_name = "N"}},
      run);
}

}  // namespace backcare::commands

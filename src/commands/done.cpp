#include "commands/support/entries.hpp"
#include "commands/registry.hpp"
#include "commands/support/slugs.hpp"
#include "commands/support/tags.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct DoneArgs {
  std::vector<std::string> slugs, tags;
  std::optional<std::string> date, time, reps, minutes, note;
  bool new_tag = false;
};

views::Logged run(const DoneArgs& args, Env& env) {
  const auto day =
      args.date ? domain::parse_entry_day(*args.date, env.today, env.calendar_today) : env.today;
  if (args.slugs.size() > 1 && (args.reps || args.minutes)) {
    // A count belongs to one routine: 12 minutes of two routines would be a guess.
    throw UserError(std::string(args.reps ? "--reps" : "--minutes") + " with " + std::to_string(args.slugs.size()) +
                    " routines: accepted one routine with --reps or --minutes; log them one at a time");
  }
  const auto time = entry_time(args.time, day, env);
  domain::Completion details;
  if (args.reps) details.reps = domain::parse_count(*args.reps, 1, 1000, "--reps");
  if (args.minutes) details.minutes = domain::parse_count(*args.minutes, 1, 600, "--minutes");
  details.note = checked_note(args.note);
  const auto given = given_tags(args.tags, args.new_tag, day, env);
  details.tags = given.tags;
  // Every slug is resolved before anything is written: one unknown slug and nothing is logged.
  const auto routines = env.db().routines(true);
  std::vector<std::string> slugs;
  for (const auto& text : args.slugs) slugs.push_back(resolve_slug(text, routines));
  auto ids = env.db().add_completions(new_completions(slugs, day, time, env.now, details));
  auto view = logged(day, std::nullopt, slugs, std::move(ids), env);
  note_tags(view, details.tags, given, env);
  return view;
}

}  // namespace

Command done_command() {
  return command<DoneArgs>(
      {"done", "Mark one or more routines done (slugs or unique prefixes)",
       "  backcare done back-rub knee-hug\n  backcare done hot-compress --date 2026-11-20 --minutes 20\n"
       "  backcare done knee-hug --tag physio-visit"},
      Diary::writes, Output::text_or_json,
      {{.name = "routines", .help = "Routine slugs, see 'backcare routines'", .field = &DoneArgs::slugs,
        .required = true},
       {.name = "--date", .help = kDayHelp, .field = &DoneArgs::date, .type_name = "DAY"},
       {.name = "--time", .help = kTimeHelp, .field = &DoneArgs::time, .type_name = "HH:MM"},
       {.name = "--reps", .help = "Repetitions, 1 to 1000", .field = &DoneArgs::reps, .type_name = "N"},
       {.name = "--minutes", .help = "Minutes, 1 to 600", .field = &DoneArgs::minutes, .type_name = "M"},
       {.name = "--tag", .help = kTagHelp, .field = &DoneArgs::tags, .type_name = "TAG"},
       {.name = "--new", .help = kNewTagHelp, .field = &DoneArgs::new_tag},
       {.name = "--note", .help = "A note, up to 1000 characters, kept with every routine given", .field = &DoneArgs::note}},
      run);
}

}  // namespace backcare::commands

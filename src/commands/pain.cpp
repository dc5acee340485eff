#include "commands/support/entries.hpp"
#include "commands/registry.hpp"
#include "commands/support/tags.hpp"
#include "domain/inputs.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

/// As typed: checked here, so every message about a bad value has one form.
struct PainArgs {
  std::string level;
  std::optional<std::string> date, time, note;
  std::vector<std::string> where, tags;
  bool new_tag = false;
};

views::Logged run(const PainArgs& args, Env& env) {
  const int level = domain::parse_level(args.level);
  const auto day =
      args.date ? domain::parse_entry_day(*args.date, env.today, env.calendar_today) : env.today;
  const auto time = entry_time(args.time, day, env);
  auto entry = new_pain_entry(level, day, time, checked_note(args.note), env.now);
  entry.regions = domain::parse_places(args.where, env.content.region_kinds(), "region");
  const auto given = given_tags(args.tags, args.new_tag, day, env);
  entry.tags = given.tags;
  auto ids = env.db().add_pain(entry);
  auto view = logged(day, level, {}, std::move(ids), env);
  view.regions = entry.regions;
  note_tags(view, entry.tags, given, env);
  return view;
}

}  // namespace

Command pain_command() {
  return command<PainArgs>(
      {"pain", "Log pain on the 0-10 scale (0 = no pain, 10 = worst pain you can imagine)",
       "  backcare pain 6\n  backcare pain 4 --date yesterday --time 18:30 --note \"after the walk\"\n"
       "  backcare pain 5 --where low-back --where sacroiliac:left\n  backcare pain 6 --tag lifting --tag poor-sleep\n\n"
       "An entry for another day without --time has no clock time: it shows as a dash, after the day's timed\n"
       "entries."},
      Diary::writes, Output::text_or_json,
      {{.name = "level", .help = "A whole number from 0 to 10, as 7 or 7/10", .field = &PainArgs::level, .required = true},
       {.name = "--date", .help = kDayHelp, .field = &PainArgs::date, .type_name = "DAY"},
       {.name = "--time", .help = kTimeHelp, .field = &PainArgs::time, .type_name = "HH:MM"},
       {.name = "--where", .help = kWhereHelp, .field = &PainArgs::where, .type_name = "REGION[:SIDE]"},
       {.name = "--tag", .help = kTagHelp, .field = &PainArgs::tags, .type_name = "TAG"},
       {.name = "--new", .help = kNewTagHelp, .field = &PainArgs::new_tag},
       {.name = "--note", .help = "A note, up to 1000 characters", .field = &PainArgs::note}},
      run);
}

}  // namespace backcare::commands

#include "commands/registry.hpp"
#include "commands/support/entries.hpp"
#include "commands/support/tags.hpp"
#include "domain/inputs.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct TagArgs {
  std::vector<std::string> tags;
  std::optional<std::string> date;
  bool make_new = false;
};

views::Logged run(const TagArgs& args, Env& env) {
  const auto day = args.date ? domain::parse_entry_day(*args.date, env.today, env.calendar_today) : env.today;
  const auto given = given_tags(args.tags, args.make_new, day, env);
  const auto time = entry_time(std::nullopt, day, env);
  std::vector<domain::DayTag> entries;
  for (const auto& tag : given.tags) entries.push_back({0, day, time, domain::utc_text(env.now), tag});
  auto written = env.db().add_day_tags(entries);
  auto view = logged(day, std::nullopt, {}, std::move(written.made), env);
  view.day_tags = true;
  view.already = std::move(written.already);
  note_tags(view, written.added, given, env);
  return view;
}

}  // namespace

Command tag_command() {
  return command<TagArgs>(
      {"tag", "Tag a day with what else went on: poor sleep, lifting, a painkiller…",
       "  backcare tag poor-sleep night-feeds\n  backcare tag lifting --date yesterday\n"
       "  backcare tag swimming --new\n\n"
       "A tag is a-z, 0-9 and '-', 1 to 24 characters. The starter tags are poor-sleep, night-feeds, lifting,\n"
       "long-sitting, painkiller, hard-day and physio-visit; 'backcare tags' lists them and yours. A tag not\n"
       "known yet needs --new, so a typo never starts a new one. 'backcare patterns' compares the days with a\n"
       "tag and the days without it; 'backcare untag' takes a tag off a day, and 'backcare undo' takes the\n"
       "last change back."},
      Diary::writes, Output::text_or_json,
      {{.name = "tags", .help = kTagHelp, .field = &TagArgs::tags, .type_name = "TAG", .required = true},
       {.name = "--date", .help = kDayHelp, .field = &TagArgs::date, .type_name = "DAY"},
       {.name = "--new", .help = kNewTagHelp, .field = &TagArgs::make_new}},
      run);
}

}  // namespace backcare::commands

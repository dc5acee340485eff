#include "commands/registry.hpp"
#include "commands/support/tags.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/tags.hpp"
#include "domain/text.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct UntagArgs {
  std::vector<std::string> tags;
  std::optional<std::string> date;
};

views::Untagged run(const UntagArgs& args, Env& env) {
  const auto day = args.date ? domain::parse_entry_day(*args.date, env.today, env.calendar_today) : env.today;
  // No cap and no known tags: untag takes off whatever the day carries, and says so when it carries none.
  const auto tags = domain::parse_tag_texts(args.tags);
  const auto carried = env.db().tags_on(day);
  for (const auto& tag : tags) {
    if (std::find(carried.begin(), carried.end(), tag) != carried.end()) continue;
    const std::string has = carried.empty() ? "no tags" : "only " + domain::join(carried, ", ");
    throw UserError(domain::format_long(day) + " has no tag '" + tag + "': it has " + has +
                    " (--date chooses another day)");
  }
  const int changed = env.db().remove_tags(day, tags, domain::utc_text(env.now));
  return {day, tags, changed};
}

}  // namespace

Command untag_command() {
  return command<UntagArgs>(
      {"untag", "Take tags off a day: its own, and those its entries were logged with",
       "  backcare untag lifting\n  backcare untag poor-sleep --date yesterday\n\n"
       "'backcare undo' puts them back."},
      Diary::writes, Output::text_or_json,
      {{.name = "tags", .help = "The tags to take off", .field = &UntagArgs::tags, .type_name = "TAG", .required = true},
       {.name = "--date", .help = kDayHelp, .field = &UntagArgs::date, .type_name = "DAY"}},
      run);
}

}  // namespace backcare::commands

#include "commands/registry.hpp"
#include "commands/support/tags.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct TagsArgs {
  bool slugs = false;
};

views::TagList run(const TagsArgs& args, Env& env) {
  views::TagList view;
  view.slugs_only = args.slugs;
  const auto days = env.db().tag_days(std::nullopt);
  const auto days_of = [&days](const std::string& slug) {
    const auto found = days.find(slug);
    return found == days.end() ? 0 : found->second;
  };
  for (const auto& tag : env.content.tags) view.tags.push_back({tag.slug, tag.name, tag.description, true, days_of(tag.slug)});
  for (const auto& [slug, count] : days) {
    if (!env.content.tag(slug)) view.tags.push_back({slug, "", "", false, count});
  }
  return view;
}

}  // namespace

Command tags_command() {
  return command<TagsArgs>(
      {"tags", "List the tags: the starter tags and your own, with the days each is on",
       "  backcare tags\n  backcare tags --slugs"},
      Diary::reads, Output::text_or_json,
      {{.name = "--slugs", .help = "One slug a line, nothing else (for shell completion)", .field = &TagsArgs::slugs}},
      run);
}

}  // namespace backcare::commands

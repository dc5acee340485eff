#include "commands/support/tags.hpp"

#include <algorithm>

#include "domain/tags.hpp"
#include "domain/text.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

bool holds(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

/// The notice shown the first time a day gets `tag` (painkiller's), or null when it has none.
const std::string* tag_notice(const Env& env, const std::string& tag) {
  const auto* starter = env.content.tag(tag);
  return starter && !starter->notice.empty() ? &starter->notice : nullptr;
}

}  // namespace

std::vector<std::string> known_tags(const Env& env) {
  std::vector<std::string> known;
  for (const auto& tag : env.content.tags) known.push_back(tag.slug);
  for (auto& tag : env.db().tags_in_use()) {
    if (!holds(known, tag)) known.push_back(std::move(tag));
  }
  return known;
}

TagsGiven given_tags(const std::vector<std::string>& typed, bool allow_new, domain::Day day, const Env& env) {
  if (typed.empty()) return {};
  TagsGiven given;
  // Her own tags are found by reading every tagged entry: only when a tag typed is not a starter one
  // (a 50-year diary: 102 M instructions for `tag lifting` with the read, 7.6 M without).
  const bool all_starter = std::all_of(typed.begin(), typed.end(), [&env](const std::string& text) {
    return env.content.tag(domain::lower(text)) != nullptr;
  });
  if (all_starter) {
    for (const auto& tag : env.content.tags) given.known_before.push_back(tag.slug);
  } else {
    given.known_before = known_tags(env);
  }
  given.tags = domain::parse_tags(typed, {given.known_before, allow_new});
  // The day's tags only decide whether a notice is shown again (reading them costs a query per entry kind).
  const bool any_notice = std::any_of(given.tags.begin(), given.tags.end(),
                                      [&env](const std::string& tag) { return tag_notice(env, tag) != nullptr; });
  if (any_notice) given.day_before = env.db().tags_on(day);
  return given;
}

void note_tags(views::Logged& view, const std::vector<std::string>& added, const TagsGiven& given, const Env& env) {
  view.tags = added;
  for (const auto& tag : added) {
    if (!holds(given.known_before, tag)) view.new_tags.push_back(tag);
    const auto* notice = tag_notice(env, tag);
    if (notice && !holds(given.day_before, tag)) view.notices.push_back(*notice);
  }
}

}  // namespace backcare::commands

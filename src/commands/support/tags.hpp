#pragma once
#include <string>
#include <vector>

#include "commands/support/env.hpp"
#include "domain/day.hpp"
#include "views/diary_views.hpp"

namespace backcare::commands {

// What `tag`, `pain --tag`, `done --tag`, `edit --tag` and the check-in share (issue 29).

/// Every tag the diary knows: the starter tags in their order, then those in use, by slug.
std::vector<std::string> known_tags(const Env& env);

/// Tags given for a day, checked, with what the diary and the day held before they are written.
struct TagsGiven {
  std::vector<std::string> tags;         ///< as parse_tags gives them
  std::vector<std::string> known_before;  ///< the tags the diary knew
  std::vector<std::string> day_before;    ///< the tags the day carried; read only when a tag given has a notice
};

/// The tags as typed for `day`, checked (parse_tags): each known, or made new with `allow_new` (--new).
/// None typed: none, and nothing read.
TagsGiven given_tags(const std::vector<std::string>& typed, bool allow_new, domain::Day day, const Env& env);

/// Fills `view` with `added`, tags given and written: the tags, those new to the diary, and the notices of
/// tags the day did not carry before, so each is shown once a day.
void note_tags(views::Logged& view, const std::vector<std::string>& added, const TagsGiven& given, const Env& env);

}  // namespace backcare::commands

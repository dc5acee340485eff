#include "render/plan_words.hpp"

#include <algorithm>

#include "render/rules_words.hpp"

namespace backcare::render {

std::string late_start_words(const reports::Reminder& reminder) {
  if (!reminder.held_before) return "";
  return "from " + domain::format_long(reminder.first) + ", " + wait_words(*reminder.held_before);
}

std::string left_out_words(const reports::LeftOut& routine) {
  if (!routine.hold) return "any time of day, so no set time to remind you";
  std::string out = "held " + hold_text(*routine.hold);
  if (routine.free_from) out += "; from then on for any time of day, with no set time to remind you";
  return out;
}

std::vector<std::pair<std::string, std::string>> held_groups(const std::vector<reports::LeftOut>& left_out) {
  std::vector<std::pair<std::string, std::string>> groups;  // names, words
  for (const auto& routine : left_out) {
    if (!routine.hold) continue;
    const auto words = left_out_words(routine);
    auto found = std::find_if(groups.begin(), groups.end(), [&](const auto& group) { return group.second == words; });
    if (found == groups.end()) groups.emplace_back(routine.name, words);
    else found->first += ", " + routine.name;
  }
  return groups;
}

std::string any_time_names(const std::vector<reports::LeftOut>& left_out) {
  std::string names;
  for (const auto& routine : left_out) {
    if (!routine.hold) names += (names.empty() ? "" : ", ") + routine.name;
  }
  return names;
}

std::string reminder_uid(const reports::Reminder& reminder) {
  return reminder.slug + "-" + reminder.part + "@backcare";
}

std::string plan_days(const reports::Plan& plan) {
  return domain::format_long(plan.range.begin) + " to " + domain::format_long(plan.range.end - date::days{1});
}

}  // namespace backcare::render

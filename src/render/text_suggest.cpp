#include <map>

#include "domain/text.hpp"
#include "render/figures.hpp"
#include "render/rules_words.hpp"
#include "render/suggest_render.hpp"
#include "reports/statistics.hpp"

namespace backcare::render {
namespace {

std::string times_a_day(int count) { return count == 2 ? "twice a day" : std::to_string(count) + " times a day"; }

std::string item_text(std::size_t number, const reports::Suggestion& item, const Style& style) {
  std::string out = std::to_string(number) + ". " + style.bold(safe(item.name)) + " (" + item.slug + ")";
  out += item.dose.empty() ? "\n" : ": " + safe(item.dose) + "\n";
  out += "   why: " + why_text(item.why) + "\n";
  if (!item.cautions.empty()) out += "   " + style.warn("cautions") + ":\n";
  for (const auto& caution : item.cautions) out += "   - " + caution + "\n";
  return out + "   steps: backcare show " + item.slug + "\n";
}

/// Routines held by their phase rule, one line per reason.
std::string held_lines(const std::vector<reports::HeldRoutine>& held) {
  std::vector<std::pair<std::string, std::vector<std::string>>> by_reason;
  for (const auto& routine : held) {
    const auto text = hold_text(routine.hold);
    auto found = std::find_if(by_reason.begin(), by_reason.end(), [&](const auto& row) { return row.first == text; });
    if (found == by_reason.end()) found = by_reason.insert(by_reason.end(), {text, {}});
    found->second.push_back(routine.slug);
  }
  std::string out;
  for (const auto& [text, slugs] : by_reason) out += "Held: " + domain::join(slugs, ", ") + ": " + text + "\n";
  return out;
}

/// What was held back and why, one line each.
std::string held_text(const reports::Suggestions& view) {
  std::string out;
  if (view.gentle_only()) out += "While the red flags are due, gentle routines only: no exercise, your own included.\n";
  out += held_lines(view.held);
  if (!view.later.empty()) {
    out += "Later today, in the evening (from " + domain::clock_text(reports::kEveningStarts) +
           "): " + domain::join(view.later, ", ") + "\n";
  }
  if (!view.need_helper.empty()) {
    out += "Needs a second person: " + domain::join(view.need_helper, ", ") + " (backcare suggest --helper)\n";
  }
  return out;
}

}  // namespace

std::string why_text(const reports::SuggestReasons& why) {
  std::vector<std::string> reasons;
  if (why.once_more) reasons.push_back("once more today: the article gives it " + times_a_day(why.daily_count));
  else if (!why.days_since) reasons.push_back("never done yet");
  else if (*why.days_since == 1) reasons.push_back("last done yesterday");
  else reasons.push_back("not done for " + std::to_string(*why.days_since) + " days");
  if (why.fits_part) reasons.push_back(std::string(reports::day_part_name(*why.fits_part)) + " is a time the article gives for it");
  if (why.gentle_while_due) reasons.push_back("gentle: no exercise");
  if (why.with_helper) reasons.push_back("it needs a second person, and you have help today");
  if (why.own_routine) reasons.push_back("your own routine");
  return domain::join(reasons, "; ");
}

std::string text(const reports::Suggestions& view, const Style& style) {
  const std::string when = view.time ? "today, " + domain::format_long(view.day) + " at " + *view.time
                                     : domain::format_long(view.day);
  std::string out = style.bold("Suggested for " + when + ", from the article's routines") + "\n";
  // The pointer comes before any routine: it matters more than any of them.
  out += pointer_text(view.due, style);
  if (view.items.empty()) out += "Nothing more fits now: what fits is done or held back (below).\n";
  for (std::size_t i = 0; i < view.items.size(); ++i) out += item_text(i + 1, view.items[i], style);
  const std::string held = held_text(view);
  if (!held.empty()) out += "\n" + held;
  if (!view.tip.empty()) out += "\nTip: " + view.tip + "\n";
  return out;
}

}  // namespace backcare::render

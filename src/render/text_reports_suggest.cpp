#include "render/report_render.hpp"
#include "domain/text.hpp"
#include "reports/statistics.hpp"

namespace backcare::render {
namespace {

std::string item_text(std::size_t number, const reports::Suggestion& item, const Style& style) {
  std::string out = std::to_string(number) + ". " + style.bold(item.name) + " (" + item.slug + ")";
  out += item.dose.empty() ? "\n" : ": " + item.dose + "\n";
  out += "   why: " + item.why + "\n";
  if (item.caution) out += "   " + style.warn("caution") + ": " + *item.caution + "\n";
  return out + "   steps: backcare show " + item.slug + "\n";
}

/// What was held back and why, one line each.
std::string held_text(const reports::Suggestions& view) {
  std::string out;
  if (view.high_pain) {
    out += "Your latest logged day, " + domain::format_long(view.high_pain->day) + ", averaged pain " +
           tenth(view.high_pain->mean) + ": gentle routines only.\n";
  }
  for (const auto& note : view.exercise_notes) out += note + "\n";
  if (!view.later.empty()) {
    out += "Later today, in the evening (from 19:00): " + domain::join(view.later, ", ") + "\n";
  }
  if (!view.need_helper.empty()) {
    out += "Needs a second person: " + domain::join(view.need_helper, ", ") + " (backcare suggest --helper)\n";
  }
  return out;
}

}  // namespace

std::string text(const reports::Suggestions& view, const Style& style) {
  std::string out = style.bold("The article suggests, for " + domain::format_long(view.day) +
                               (view.time ? " at " + *view.time : "")) + "\n";
  if (view.items.empty()) out += "Nothing more fits now: what fits is done or held back (below).\n";
  for (std::size_t i = 0; i < view.items.size(); ++i) out += item_text(i + 1, view.items[i], style);
  const std::string held = held_text(view);
  if (!held.empty()) out += "\n" + held;
  if (!view.tip.empty()) out += "\nTip: " + view.tip + "\n";
  if (view.redflags) out += style.warn(kSeverePointer) + std::string("\n");
  return out;
}

std::string tenth(double value) { return one_decimal(reports::round_to(value, 1)); }

std::string signed_tenth(double value) {
  const double rounded = reports::round_to(value, 1);
  return (rounded > 0 ? "+" : "") + one_decimal(rounded);
}

std::string signed_percent(double value) {
  const double rounded = reports::round_to(value, 0);
  return (rounded > 0 ? "+" : "") + std::to_string(int(rounded)) + "%";
}

}  // namespace backcare::render

#include "render/render.hpp"
#include "render/rules_words.hpp"

namespace backcare::render {
namespace {

std::string bullets(const std::vector<std::string>& lines, bool numbered) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += numbered ? "  " + std::to_string(i + 1) + ". " + lines[i] + "\n" : "  - " + lines[i] + "\n";
  }
  return out;
}

/// Under a routine's cautions.
constexpr const char* kWatchForSigns = "Stop and see 'backcare redflags' if a warning sign appears.\n";

}  // namespace

std::string text(const views::RoutineList& view, const Style& style) {
  if (view.slugs_only) {
    std::string out;
    for (const auto& routine : view.routines) out += routine.slug + "\n";
    return out;
  }
  std::string out = style.bold(pad("slug", 14) + pad("name", 30) + pad("kind", 10) + "dose") + "\n";
  for (const auto& routine : view.routines) {
    out += pad(routine.slug, 14) + pad(safe(routine.name), 30) + pad(routine.kind, 10) + safe(routine.dose);
    if (!routine.from_article) out += "  (yours)";
    if (routine.retired) out += "  (retired)";
    out += "\n";
  }
  return out + "Steps and cautions: backcare show SLUG\n";
}

std::string text(const views::RoutineDetail& view, const Style& style) {
  const auto& routine = view.routine;
  std::string out = style.bold(safe(routine.name) + " (" + routine.slug + ")") + "\n";
  out += "Kind: " + routine.kind + (routine.dose.empty() ? "" : "; dose: " + safe(routine.dose)) + "\n";
  if (!routine.from_article) {
    out += "Your own routine" + std::string(routine.retired ? " (retired)" : "") + ": backcare has no steps for it.\n";
    if (routine.cautions.empty()) return out;
    return out + "\n" + style.bold("Cautions") + "\n" + bullets(routine.cautions, false) + kWatchForSigns;
  }
  out += "When: " + routine.when + "\n";
  out += std::string("Needs a helper: ") + (routine.needs_helper ? "yes, a second person does it" : "no") + "\n";
  out += "From the article: " + routine.section + "\n\n" + routine.summary + "\n\n";
  out += style.bold("Steps") + "\n" + bullets(routine.steps, true);
  out += style.bold("Cautions") + "\n" + bullets(routine.cautions, false);
  if (view.hold) out += style.bold("For you") + "\n" + bullets({"Held for now: " + hold_text(*view.hold) + "."}, false);
  return out + kWatchForSigns;
}

std::string text(const views::RedFlagsView& view, const Style& style) {
  std::string out = view.flags.intro + "\n";
  for (const auto& tier : view.flags.tiers) {
    out += "\n" + style.warn(tier.title) + ": " + tier.action + "\n" + bullets(tier.items, false);
  }
  if (!view.flags.note.empty()) out += "\n" + view.flags.note + "\n";
  if (view.signs.empty()) return out;
  out += "\nSigns you can record beside pain (backcare sign SIGN; a leg sign takes :left, :right or :both):\n";
  for (const auto& sign : view.signs) out += "  " + pad(sign.slug, 17) + sign.words + "\n";
  return out;
}

}  // namespace backcare::render

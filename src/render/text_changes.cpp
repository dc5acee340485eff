#include "domain/text.hpp"
#include "render/render.hpp"

namespace backcare::render {
namespace {

std::string undone_text(const domain::UndoneAction& undone) {
  if (undone.command == "pain" || undone.command == "done") {
    std::string out;
    for (const auto& entry : undone.pain) {
      out += "removed pain " + std::to_string(entry.level) + "/10 for " + domain::format_long(entry.day) +
             (entry.time.empty() ? " (no time given)\n" : " (logged " + entry.time + ")\n");
    }
    if (undone.done.empty()) return out;  // a check-in may hold pain alone
    std::vector<std::string> slugs;
    for (const auto& done : undone.done) slugs.push_back(done.slug);
    const auto day = undone.done.empty() ? std::string{} : " for " + domain::format_long(undone.done.front().day);
    return out + "removed " + domain::join(slugs, ", ") + day + "\n";
  }
  if (undone.command == "config") {
    return undone.setting_restored ? "put " + undone.setting_key + " back to " + *undone.setting_restored + "\n"
                                   : "unset " + undone.setting_key + " again\n";
  }
  if (undone.command == "routine-add") return "removed routine " + undone.routine_slug + "\n";
  return "brought back routine " + undone.routine_slug + "\n";
}

}  // namespace

std::string change_line(const reports::SettingChange& change) {
  return change.value ? "set " + change.key + " to " + *change.value : "unset " + change.key;
}

std::string text(const reports::UndoView& view, const Style&) {
  return view.undone ? undone_text(*view.undone) : "nothing to undo\n";
}

std::string text(const reports::ConfigView& view, const Style&) {
  if (view.change) return change_line(*view.change) + "\n";
  std::string out;
  for (const auto& line : view.settings) {
    const auto shown = line.value ? *line.value
                       : line.default_value.empty() ? std::string("(not set)")
                                                    : line.default_value + " (default)";
    out += pad(line.key, 22) + pad(shown, 18) + line.meaning + "\n";
  }
  if (view.settings.size() == 1) out += "accepted: " + view.settings.front().accepted + "\n";
  else out += "Change one with: backcare config KEY VALUE (or KEY --unset)\n";
  return out;
}

}  // namespace backcare::render

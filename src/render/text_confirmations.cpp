#include "domain/text.hpp"
#include "render/render.hpp"
#include "render/report_render.hpp"

namespace backcare::render {
namespace {

/// "logged pain 4/10 and back-rub, knee-hug for Thu 26 Nov 2026", then the red-flag pointer if called for.
std::vector<std::string> logged_lines(const reports::Logged& view) {
  if (view.nothing) return {"nothing recorded"};
  std::string what = view.level ? "pain " + std::to_string(*view.level) + "/10" : "";
  if (!view.slugs.empty()) what += (what.empty() ? "" : " and ") + domain::join(view.slugs, ", ");
  std::vector<std::string> lines{"logged " + what + " for " + domain::format_long(view.day)};
  if (view.points_to_redflags) lines.push_back(kSeverePointer);
  return lines;
}

std::vector<std::string> routine_lines(const reports::RoutineChanged& view) {
  if (view.added) return {"added routine " + view.slug + " (" + view.name + ")"};
  return {"retired routine " + view.slug + ": hidden from lists, its history kept ('backcare undo' brings it back)"};
}

std::string as_text(const std::vector<std::string>& lines) { return domain::join(lines, "\n") + "\n"; }

}  // namespace

std::string text(const reports::Logged& view, const Style&) { return as_text(logged_lines(view)); }
std::string text(const reports::RoutineChanged& view, const Style&) { return as_text(routine_lines(view)); }

nlohmann::json json(const reports::Logged& view) { return {{"message", logged_lines(view)}}; }
nlohmann::json json(const reports::RoutineChanged& view) { return {{"message", routine_lines(view)}}; }

std::string text(const reports::StatusView& view, const Style& style) {
  return text(view.today, style) +
         "\nLog pain: backcare pain 0-10   Mark routines: backcare done SLUG   Ideas: backcare suggest\n";
}

nlohmann::json json(const reports::StatusView& view) { return json(view.today); }

}  // namespace backcare::render

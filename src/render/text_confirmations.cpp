#include "domain/entry_id.hpp"
#include "domain/text.hpp"
#include "render/entry_words.hpp"
#include "render/json_entries.hpp"
#include "render/redflag_words.hpp"
#include "render/render.hpp"
#include "render/rules_words.hpp"

namespace backcare::render {
namespace {

/// "tagged Thu 26 Nov 2026: lifting, poor-sleep", and what the day carried already.
std::string tagged_line(const views::Logged& view) {
  const auto day = domain::format_long(view.day);
  const std::string already = domain::join(view.already, ", ");
  if (view.tags.empty()) return day + " already had " + already + ": nothing changed";
  return "tagged " + day + ": " + domain::join(view.tags, ", ") + (already.empty() ? "" : " (it already had " + already + ")");
}

/// "logged pain 4/10 and back-rub, knee-hug for Thu 26 Nov 2026".
std::string logged_line(const views::Logged& view) {
  if (view.nothing) return "nothing recorded";
  if (view.day_tags) return tagged_line(view);
  if (view.sign) return "recorded " + domain::format_place(*view.sign) + " for " + domain::format_long(view.day);
  std::string what = view.level ? "pain " + std::to_string(*view.level) + "/10" : "";
  if (!view.regions.empty()) what += " (" + places_words(view.regions) + ")";
  if (!view.slugs.empty()) what += (what.empty() ? "" : " and ") + domain::join(view.slugs, ", ");
  const std::string tagged = view.tags.empty() ? "" : ", tagged " + domain::join(view.tags, ", ");
  return "logged " + what + " for " + domain::format_long(view.day) + tagged;
}

/// A new tag said so (a typo would show here), and each tag's notice.
std::vector<std::string> tag_lines(const views::Logged& view) {
  std::vector<std::string> lines;
  if (!view.new_tags.empty()) {
    lines.push_back("new tag" + std::string(view.new_tags.size() == 1 ? ": " : "s: ") + domain::join(view.new_tags, ", ") +
                    " ('backcare tags' lists them all)");
  }
  for (const auto& notice : view.notices) lines.push_back(notice);
  return lines;
}

/// The caution after logging a routine its phase rule holds: what would free it, said for her case.
std::string hold_caution(const reports::HeldRoutine& routine) {
  const auto& hold = routine.hold;
  std::string out = "Caution: " + routine.slug + " is " + hold_word(hold) + " ('backcare show " + routine.slug +
                    "' says why); logged as you asked";
  if (hold.reason == rules::HoldReason::not_cleared) {
    out += "; if a clinician has cleared you since: backcare config cleared-for-exercise yes";
  } else if (hold.clearance_frees) {
    out += ", in case a clinician has cleared you (then: backcare config cleared-for-exercise yes)";
  } else {
    out += ", but it should wait";
  }
  return out + ". Stop if it hurts.";
}

std::vector<std::string> hold_cautions(const views::Logged& view) {
  std::vector<std::string> lines;
  for (const auto& routine : view.held) lines.push_back(hold_caution(routine));
  return lines;
}

std::vector<std::string> logged_lines(const views::Logged& view) {
  std::vector<std::string> lines{logged_line(view)};
  for (auto& line : tag_lines(view)) lines.push_back(std::move(line));
  for (const auto& line : hold_cautions(view)) lines.push_back(line);
  return lines;
}

/// "changed routine my-stretch: name 'my-stretch' → 'Cat stretch', kind exercise → other".
std::vector<std::string> edited_lines(const domain::Routine& before, const domain::Routine& after) {
  std::vector<std::string> changes;
  if (before.name != after.name) changes.push_back("name '" + safe(before.name) + "' → '" + safe(after.name) + "'");
  if (before.kind != after.kind) changes.push_back("kind " + before.kind + " → " + after.kind);
  if (before.dose != after.dose) changes.push_back("dose '" + safe(before.dose) + "' → '" + safe(after.dose) + "'");
  if (changes.empty()) return {"routine " + after.slug + " unchanged: it already had those values"};
  return {"changed routine " + after.slug + ": " + domain::join(changes, ", ") + " ('backcare undo' puts it back)"};
}

std::vector<std::string> routine_lines(const views::RoutineChanged& view) {
  using Change = views::RoutineChanged::Change;
  if (view.change == Change::added) return {"added routine " + view.slug + " (" + safe(view.name) + ")"};
  if (view.change == Change::unretired) return {"brought back routine " + view.slug + ": listed and suggested again"};
  if (view.change == Change::edited) return edited_lines(*view.before, *view.after);
  return {"retired routine " + view.slug + ": hidden from lists, its history kept ('backcare undo' brings it back)"};
}

std::string as_text(const std::vector<std::string>& lines) { return domain::join(lines, "\n") + "\n"; }

/// "p12", "d40": as history shows them and edit and delete take them.
nlohmann::json ids_json(const std::vector<domain::EntryId>& ids) {
  auto out = nlohmann::json::array();
  for (const auto id : ids) out.push_back(domain::format_entry_id(id));
  return out;
}

}  // namespace

std::string text(const views::Logged& view, const Style& style) {
  // The pointer comes before any caution about a routine.
  const auto tags = tag_lines(view);
  return confirmed_with_pointer(logged_line(view), view.due, style) + (tags.empty() ? "" : as_text(tags)) +
         (view.past_entry ? past_entry_text(*view.past_entry) : "") +
         (view.past_sign ? past_sign_text(*view.past_sign) : "") +
         (view.held.empty() ? "" : as_text(hold_cautions(view)));
}
std::string text(const views::RoutineChanged& view, const Style&) { return as_text(routine_lines(view)); }

nlohmann::json json(const views::Logged& view) {
  nlohmann::json out{{"date", domain::format_iso(view.day)},
                     {"level", view.level ? nlohmann::json(*view.level) : nlohmann::json(nullptr)},
                     {"routines", view.slugs}, {"where", places_json(view.regions)},
                     {"sign", view.sign ? nlohmann::json(domain::format_place(*view.sign)) : nlohmann::json(nullptr)},
                     {"tags", view.tags}, {"new_tags", view.new_tags}, {"notices", view.notices},
                     {"ids", ids_json(view.ids)}, {"message", logged_lines(view)},
                     {"held", held_json(view.held)}};
  if (view.nothing) out["recorded"] = false;
  if (view.day_tags) out["already"] = view.already;
  // A sign back-dated outside the window of now: the flag it raised then, worded in the past.
  if (view.sign) {
    const auto& flag = view.past_sign;
    out["sign_flag"] = flag ? nlohmann::json{{"code", flag->code},
                                             {"tier", std::string(rules::tier_code(flag->tier))},
                                             {"date", domain::format_iso(flag->day)},
                                             {"text", past_sign_text(*flag)}}
                            : nlohmann::json(nullptr);
  }
  add_pointer(out, view.due);
  add_past(out, view.past_entry ? std::vector{*view.past_entry} : std::vector<rules::Pointer>{});
  return out;
}
nlohmann::json json(const views::RoutineChanged& view) { return {{"message", routine_lines(view)}}; }

std::string text(const views::StatusView& view, const Style& style) {
  return text(view.today, style) +
         "\nLog pain: backcare pain 0-10   Mark routines: backcare done SLUG   Ideas: backcare suggest\n";
}

nlohmann::json json(const views::StatusView& view) { return json(view.today); }

}  // namespace backcare::render

#include "render/redflag_words.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "domain/week.hpp"
#include "render/figures.hpp"

namespace backcare::render {
namespace {

/// "2.7 points" or "1.5 points (30%)": the size of a rise, without its sign.
std::string rise(const rules::Change& change) {
  const std::string points = tenth(change.points) + " points";
  return change.pct ? points + " (" + std::to_string(int(*change.pct)) + "%)" : points;
}

/// Why a pointer is shown, in the present: "an entry of 8/10 on …", "pain rose 2.0 points since …".
std::string pointer_reason(const rules::Pointer& pointer) {
  switch (pointer.cause) {
    case rules::PointerCause::severe_entry:
      return fmt::format("an entry of {}/10 on {}", pointer.level, domain::format_long(pointer.day));
    case rules::PointerCause::rise_on_previous_week: return "pain rose " + rise(pointer.change) + " since the week before";
    case rules::PointerCause::rise_on_baseline: break;
  }
  return "pain rose " + rise(pointer.change) + " since your baseline week";
}

/// "<what was recorded> on Thu 26 Nov 2026", in content's words.
std::string sign_said(const rules::RecordedSign& sign) { return sign.said + " on " + domain::format_long(sign.day); }

/// The stable code of a flag's cause, for JSON.
const char* cause_code(rules::PointerCause cause) {
  switch (cause) {
    case rules::PointerCause::severe_entry: return "severe_entry";
    case rules::PointerCause::rise_on_previous_week: return "rise_on_previous_week";
    case rules::PointerCause::rise_on_baseline: break;
  }
  return "rise_on_baseline";
}

}  // namespace

const rules::RecordedSign* deciding_sign(const rules::DueNow& due) {
  return due.due && due.sign && due.sign->tier == due.tier ? &*due.sign : nullptr;
}

std::string pointer_why(const rules::DueNow& due) {
  if (!due.due) return {};
  if (const auto* sign = deciding_sign(due)) return "you recorded " + sign_said(*sign);
  return due.pointer ? pointer_reason(*due.pointer) : std::string{};
}

std::string pointer_text(const rules::DueNow& due) {
  if (!due.due) return {};
  // A sign's tier says what to do first (content/body.toml), then where the whole list is.
  if (const auto* sign = deciding_sign(due)) return sign->action + ": " + pointer_why(due) + ".\n" + sign->closing + "\n";
  return "Please read 'backcare redflags' now: " + pointer_why(due) +
         ".\nIt lists the signs that need your emergency number now, and those that need your midwife or doctor "
         "now or today.\n";
}

std::string pointer_text(const rules::DueNow& due, const Style& style) {
  return due.due ? style.warn(pointer_text(due)) : std::string{};
}

std::string confirmed_with_pointer(const std::string& confirmation, const rules::DueNow& due, const Style& style) {
  const std::string pointer = pointer_text(due, style);
  const bool first = due.tier == rules::Tier::emergency;
  return (first ? pointer : "") + confirmation + "\n" + (first ? "" : pointer) + routine_note(due);
}

std::string routine_note(const rules::DueNow& due) {
  if (due.tier != rules::Tier::routine || !due.sign) return {};
  return "Note: you recorded " + sign_said(*due.sign) + ". " + due.sign->action + "\n";
}

void add_pointer(nlohmann::json& out, const rules::DueNow& due) {
  out["redflags"] = due.due;
  out["redflags_why"] = due.due ? nlohmann::json(pointer_why(due)) : nlohmann::json(nullptr);
  out["redflags_tier"] = std::string(rules::tier_code(due.tier));
}

std::string past_why(const rules::Pointer& flag, domain::WeekStart start) {
  if (flag.cause == rules::PointerCause::severe_entry) return pointer_reason(flag);
  const std::string week = flag.week ? " in " + domain::week_name(*flag.week, start) : "";
  const std::string against =
      flag.cause == rules::PointerCause::rise_on_previous_week ? "on the week before" : "on your baseline week";
  return "pain rose " + rise(flag.change) + week + ", " + against;
}

std::string past_text(const std::vector<rules::Pointer>& past, std::string_view heading, domain::WeekStart start) {
  if (past.empty()) return {};
  // The latest few: a whole diary's trend may hold hundreds, and the JSON carries every one.
  constexpr std::size_t kShown = 5;
  const std::size_t earlier = past.size() > kShown ? past.size() - kShown : 0;
  std::string out = std::string(heading) + "\n";
  if (earlier > 0) out += "  " + std::to_string(earlier) + " earlier, then:\n";
  for (std::size_t i = earlier; i < past.size(); ++i) out += "  " + past_why(past[i], start) + "\n";
  return out + "If signs like these are back, read 'backcare redflags': it lists the ones that need care.\n";
}

std::string past_sign_text(const rules::RecordedSign& flag) {
  std::string action = flag.action;
  // The action opens a sentence in content; here it follows a colon.
  if (!action.empty() && action.front() >= 'A' && action.front() <= 'Z') action.front() = char(action.front() - 'A' + 'a');
  return "You recorded " + sign_said(flag) + ". If it is still there or comes back: " + action + ".\n";
}

std::string past_entry_text(const rules::Pointer& entry) {
  return "You logged " + std::to_string(entry.level) + "/10 for " + domain::format_long(entry.day) +
         ": if pain like that or any sign in 'backcare redflags' is back, read it.\n";
}

void add_past(nlohmann::json& out, const std::vector<rules::Pointer>& past, domain::WeekStart start) {
  auto flags = nlohmann::json::array();
  for (const auto& flag : past) {
    const bool entry = flag.cause == rules::PointerCause::severe_entry;
    const auto day = entry ? flag.day : flag.week.value_or(flag.day);
    flags.push_back({{"code", cause_code(flag.cause)},
                     {"date", domain::format_iso(day)},
                     {"week", entry ? nlohmann::json(nullptr) : nlohmann::json(domain::week_name(day, start))},
                     {"level", entry ? nlohmann::json(flag.level) : nlohmann::json(nullptr)},
                     {"points", entry ? nlohmann::json(nullptr) : nlohmann::json(flag.change.points)},
                     {"why", past_why(flag, start)}});
  }
  out["redflags_past"] = flags;
}

}  // namespace backcare::render

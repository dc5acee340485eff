#include "render/plan_render.hpp"

#include "domain/terminal_text.hpp"
#include "render/json_text.hpp"
#include "render/plan_words.hpp"
#include "render/rules_words.hpp"

namespace backcare::render {
namespace {

std::string reminder_lines(const reports::Plan& plan, const Style& style) {
  if (plan.reminders.empty()) {
    return "No reminders for " + plan_days(plan) + ": no routine with a time of day is free on these days.\n";
  }
  std::string out = style.bold("Reminders for " + plan_days(plan) + ", every day:") + "\n";
  for (const auto& reminder : plan.reminders) {
    const auto late = late_start_words(reminder);
    out += "  " + domain::clock_text(reminder.minutes) + "  " + pad(safe(reminder.name), 24) + reminder.part +
           (late.empty() ? "" : ", " + late) + "\n";
  }
  return out;
}

std::string left_out_lines(const reports::Plan& plan) {
  std::string out;
  for (const auto& [names, words] : held_groups(plan.left_out)) out += "  " + safe(names) + ": " + words + "\n";
  if (const auto names = any_time_names(plan.left_out); !names.empty()) {
    out += "  Any time of day, so no set time to remind you: " + safe(names) + "\n";
  }
  return out.empty() ? out : "Not in the plan:\n" + out;
}

std::string plan_text(const reports::Plan& plan, const Style& style) {
  return reminder_lines(plan, style) + left_out_lines(plan);
}

nlohmann::json plan_json(const reports::Plan& plan) {
  nlohmann::json out{{"from", domain::format_iso(plan.range.begin)},
                     {"to", domain::format_iso(plan.range.end - date::days{1})},
                     {"reminders", nlohmann::json::array()},
                     {"left_out", nlohmann::json::array()}};
  for (const auto& reminder : plan.reminders) {
    out["reminders"].push_back({{"routine", reminder.slug}, {"name", reminder.name}, {"part", reminder.part},
                                {"time", domain::clock_text(reminder.minutes)},
                                {"first", domain::format_iso(reminder.first)},
                                {"last", domain::format_iso(reminder.last)}, {"uid", reminder_uid(reminder)}});
  }
  for (const auto& routine : plan.left_out) {
    const bool held = routine.hold.has_value();
    out["left_out"].push_back({{"routine", routine.slug}, {"name", routine.name},
                               {"reason", held ? std::string(hold_code(*routine.hold)) : "any_time"},
                               {"free_from", routine.free_from ? nlohmann::json(domain::format_iso(*routine.free_from))
                                                               : nlohmann::json(nullptr)},
                               {"why", left_out_words(routine)}});
  }
  return out;
}

}  // namespace

std::string text(const views::PlanView& view, const Style& style) {
  return pointer_text(view.due, style) + plan_text(view.plan, style) +
         "To put them in your calendar: backcare plan --ics reminders.ics\n"
         "Their times: backcare config morning HH:MM, backcare config evening HH:MM\n";
}

nlohmann::json json(const views::PlanView& view) {
  auto out = plan_json(view.plan);
  add_pointer(out, view.due);
  return out;
}

std::string text(const views::PlanWritten& view, const Style& style) {
  const auto count = view.plan.reminders.size();
  return pointer_text(view.due, style) + plan_text(view.plan, style) + "wrote " + std::to_string(count) +
         (count == 1 ? " daily reminder to " : " daily reminders to ") + domain::quoted_path(view.file.value_or("-")) +
         " (readable by you only); import it into your calendar application\n";
}

std::optional<std::string> document_aside(const views::PlanWritten& view) {
  if (!view.due.due) return std::nullopt;
  return pointer_text(view.due);
}

nlohmann::json json(const views::PlanWritten& view) {
  auto out = plan_json(view.plan);
  out["file"] = path_json(view.file.value_or("-"));
  add_pointer(out, view.due);
  return out;
}

}  // namespace backcare::render

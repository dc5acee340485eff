#include "render/json_entries.hpp"
#include "render/render.hpp"
#include "render/rules_words.hpp"

namespace backcare::render {

nlohmann::json json(const views::DayView& view) {
  nlohmann::json out{{"date", domain::format_iso(view.day)}, {"pain", nlohmann::json::array()},
                     {"done", nlohmann::json::array()}, {"signs", nlohmann::json::array()},
                     {"checklist", nlohmann::json::array()}};
  for (const auto& entry : view.pain) out["pain"].push_back(pain_json(entry));
  for (const auto& sign : view.signs) out["signs"].push_back(sign_json(sign));
  for (const auto& done : view.done) out["done"].push_back(done_json(done));
  for (const auto& item : view.checklist) {
    const auto& hold = item.hold;
    out["checklist"].push_back({{"routine", item.slug}, {"done", item.done}, {"daily_count", item.daily_count},
                                {"held", hold ? nlohmann::json(hold_code(*hold)) : nlohmann::json(nullptr)},
                                {"held_why", hold ? nlohmann::json(hold_text(*hold)) : nlohmann::json(nullptr)}});
  }
  add_pointer(out, view.due);
  return out;
}

nlohmann::json json(const views::HistoryView& view) {
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& item : view.items) {
    entries.push_back({{"id", domain::format_entry_id(item.id)},
                       {"kind", item.kind},
                       {"date", domain::format_iso(item.day)},
                       {"time", time_json(item.time)},
                       {"logged_at", item.logged_at},
                       {"level", optional_number(item.level)},
                       {"routine", item.routine.empty() ? nlohmann::json(nullptr) : nlohmann::json(item.routine)},
                       {"reps", optional_number(item.reps)},
                       {"minutes", optional_number(item.minutes)},
                       {"note", item.note},
                       {"where", item.kind == "pain" ? places_json(item.where) : nlohmann::json(nullptr)},
                       {"sign", item.sign ? nlohmann::json(domain::format_place(*item.sign)) : nlohmann::json(nullptr)},
                       {"tags", item.kind == "sign" ? nlohmann::json(nullptr) : nlohmann::json(item.tags)}});
  }
  return {{"from", domain::format_iso(view.range.begin)},
          {"to", domain::format_iso(view.range.end - date::days{1})},
          {"entries", entries}};
}

nlohmann::json json(const views::ConfigView& view) {
  nlohmann::json settings = nlohmann::json::object();
  for (const auto& line : view.settings) settings[line.key] = line.value ? nlohmann::json(*line.value) : nlohmann::json(nullptr);
  nlohmann::json out{{"settings", settings}};
  if (view.change) out["changed"] = {change_line(*view.change)};
  return out;
}

nlohmann::json json(const views::UndoView& view) {
  if (!view.undone) return {{"undone", nullptr}};
  const auto& undone = *view.undone;
  nlohmann::json out{{"command", undone.command}, {"pain", nlohmann::json::array()}, {"done", nlohmann::json::array()}};
  for (const auto& entry : undone.pain) out["pain"].push_back(pain_json(entry));
  for (const auto& done : undone.done) out["done"].push_back(done_json(done));
  out["signs"] = nlohmann::json::array();
  for (const auto& sign : undone.signs) out["signs"].push_back(sign_json(sign));
  out["tags"] = nlohmann::json::array();
  for (const auto& tag : undone.tags) out["tags"].push_back(tag_json(tag));
  const auto& command = undone.command;
  if (command == "edit" || command == "delete" || command == "merge" || command == "untag") {
    out["restored_tags"] = nlohmann::json::array();
    for (const auto& tag : undone.restored_tags) out["restored_tags"].push_back(tag_json(tag));
    out["restored_pain"] = nlohmann::json::array();
    out["restored_done"] = nlohmann::json::array();
    out["restored_signs"] = nlohmann::json::array();
    for (const auto& entry : undone.restored_pain) out["restored_pain"].push_back(pain_json(entry));
    for (const auto& done : undone.restored_done) out["restored_done"].push_back(done_json(done));
    for (const auto& sign : undone.restored_signs) out["restored_signs"].push_back(sign_json(sign));
  }
  if (undone.command == "import") {
    out["routines_removed"] = undone.routines_removed;
    out["settings_removed"] = undone.settings_removed;
  }
  if (!undone.setting_key.empty()) out["setting"] = {{"key", undone.setting_key}, {"restored", undone.setting_restored ? nlohmann::json(*undone.setting_restored) : nlohmann::json(nullptr)}};
  if (!undone.routine_slug.empty()) out["routine"] = undone.routine_slug;
  return {{"undone", out}};
}

}  // namespace backcare::render

#include "domain/text.hpp"
#include "render/entry_words.hpp"
#include "render/json_entries.hpp"
#include "render/render.hpp"
#include "render/rules_words.hpp"

namespace backcare::render {
namespace {

using Kind = domain::EntryId::Kind;

std::string edit_line(const views::EntryEdited& view) {
  const auto id = domain::format_entry_id(view.id);
  const auto words = view.pain_before ? change_words(*view.pain_before, *view.pain_after)
                                      : change_words(*view.done_before, *view.done_after);
  if (view.unchanged) return "nothing changed: " + id + " already holds " + words;
  return "changed " + id + ": " + words;
}

std::vector<std::string> delete_lines(const views::EntriesDeleted& view) {
  std::vector<std::string> lines;
  for (const auto& entry : view.pain) {
    lines.push_back("deleted " + domain::format_entry_id({Kind::pain, entry.id}) + ": " + entry_words(entry));
  }
  for (const auto& entry : view.done) {
    lines.push_back("deleted " + domain::format_entry_id({Kind::done, entry.id}) + ": " + entry_words(entry));
  }
  lines.push_back(lines.size() == 1 ? "('backcare undo' brings it back)" : "('backcare undo' brings them back)");
  return lines;
}

}  // namespace

std::string text(const views::EntryEdited& view, const Style& style) {
  return edit_line(view) + "\n" + pointer_text(view.due, style) +
         (view.past_entry ? past_entry_text(*view.past_entry) : "");
}

nlohmann::json json(const views::EntryEdited& view) {
  const bool pain = view.pain_before.has_value();
  nlohmann::json out{{"id", domain::format_entry_id(view.id)},
                     {"kind", pain ? "pain" : "done"},
                     {"changed", !view.unchanged},
                     {"before", pain ? pain_json(*view.pain_before) : done_json(*view.done_before)},
                     {"after", pain ? pain_json(*view.pain_after) : done_json(*view.done_after)},
                     {"message", {edit_line(view)}}};
  add_pointer(out, view.due);
  add_past(out, view.past_entry ? std::vector{*view.past_entry} : std::vector<rules::Pointer>{});
  return out;
}

std::string text(const views::EntriesDeleted& view, const Style&) { return domain::join(delete_lines(view), "\n") + "\n"; }

nlohmann::json json(const views::EntriesDeleted& view) {
  nlohmann::json out{{"pain", nlohmann::json::array()}, {"done", nlohmann::json::array()}, {"message", delete_lines(view)}};
  for (const auto& entry : view.pain) out["pain"].push_back(pain_json(entry));
  for (const auto& entry : view.done) out["done"].push_back(done_json(entry));
  return out;
}

}  // namespace backcare::render

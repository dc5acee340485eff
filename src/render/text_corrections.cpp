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
  const auto words = view.pain_before   ? change_words(*view.pain_before, *view.pain_after)
                     : view.done_before ? change_words(*view.done_before, *view.done_after)
                     : view.sign_before ? change_words(*view.sign_before, *view.sign_after)
                                        : change_words(*view.tag_before, *view.tag_after);
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
  for (const auto& entry : view.signs) {
    lines.push_back("deleted " + domain::format_entry_id({Kind::sign, entry.id}) + ": " + entry_words(entry));
  }
  for (const auto& entry : view.tags) {
    lines.push_back("deleted " + domain::format_entry_id({Kind::tag, entry.id}) + ": " + entry_words(entry));
  }
  lines.push_back(lines.size() == 1 ? "('backcare undo' brings it back)" : "('backcare undo' brings them back)");
  return lines;
}

}  // namespace

std::string text(const views::EntryEdited& view, const Style& style) {
  return confirmed_with_pointer(edit_line(view), view.due, style) +
         (view.past_entry ? past_entry_text(*view.past_entry) : "");
}

nlohmann::json json(const views::EntryEdited& view) {
  const auto as_json = [](const auto& entry) {
    if constexpr (std::is_same_v<std::decay_t<decltype(entry)>, domain::PainEntry>) return pain_json(entry);
    else if constexpr (std::is_same_v<std::decay_t<decltype(entry)>, domain::Completion>) return done_json(entry);
    else if constexpr (std::is_same_v<std::decay_t<decltype(entry)>, domain::SignEntry>) return sign_json(entry);
    else return tag_json(entry);
  };
  const auto pair = view.pain_before   ? std::pair{as_json(*view.pain_before), as_json(*view.pain_after)}
                    : view.done_before ? std::pair{as_json(*view.done_before), as_json(*view.done_after)}
                    : view.sign_before ? std::pair{as_json(*view.sign_before), as_json(*view.sign_after)}
                                       : std::pair{as_json(*view.tag_before), as_json(*view.tag_after)};
  const char* kind = domain::entry_kind_name(view.id.kind);
  nlohmann::json out{{"id", domain::format_entry_id(view.id)},
                     {"kind", kind},
                     {"changed", !view.unchanged},
                     {"before", pair.first},
                     {"after", pair.second},
                     {"message", {edit_line(view)}}};
  add_pointer(out, view.due);
  add_past(out, view.past_entry ? std::vector{*view.past_entry} : std::vector<rules::Pointer>{});
  return out;
}

std::string text(const views::EntriesDeleted& view, const Style&) { return domain::join(delete_lines(view), "\n") + "\n"; }

nlohmann::json json(const views::EntriesDeleted& view) {
  nlohmann::json out{{"pain", nlohmann::json::array()}, {"done", nlohmann::json::array()},
                     {"signs", nlohmann::json::array()}, {"tags", nlohmann::json::array()},
                     {"message", delete_lines(view)}};
  for (const auto& entry : view.pain) out["pain"].push_back(pain_json(entry));
  for (const auto& entry : view.done) out["done"].push_back(done_json(entry));
  for (const auto& entry : view.signs) out["signs"].push_back(sign_json(entry));
  for (const auto& entry : view.tags) out["tags"].push_back(tag_json(entry));
  return out;
}

}  // namespace backcare::render

#include "domain/text.hpp"
#include "render/entry_words.hpp"
#include "render/render.hpp"

namespace backcare::render {
namespace {

std::string removed_entries_text(const domain::UndoneAction& undone) {
  std::string out;
  for (const auto& entry : undone.pain) out += "removed " + entry_words(entry) + "\n";
  for (const auto& entry : undone.signs) out += "removed " + entry_words(entry) + "\n";
  for (const auto& entry : undone.tags) out += "removed " + entry_words(entry) + "\n";
  if (undone.done.empty()) return out;  // a check-in may hold pain alone
  std::vector<std::string> slugs;
  for (const auto& done : undone.done) slugs.push_back(done.slug);
  return out + "removed " + domain::join(slugs, ", ") + " for " + domain::format_long(undone.done.front().day) + "\n";
}

/// The entry with the id of `restored` among `edited`: what the edit had made of it.
template <typename Entry>
const Entry* same_id(const std::vector<Entry>& edited, const Entry& restored) {
  for (const auto& entry : edited) {
    if (entry.id == restored.id) return &entry;
  }
  return nullptr;
}

/// An edit undone says what went back; a delete undone, what came back.
template <typename Entry>
void restored_lines(std::string& out, const std::vector<Entry>& edited, const std::vector<Entry>& restored,
                    domain::EntryId::Kind kind) {
  for (const auto& entry : restored) {
    const auto id = domain::format_entry_id({kind, entry.id});
    const auto* was = same_id(edited, entry);
    out += was ? "put " + id + " back: " + change_words(*was, entry) + "\n" : "brought back " + id + ": " + entry_words(entry) + "\n";
  }
}

std::string import_text(const domain::UndoneAction& undone) {
  std::string out = "took back the import: removed " + std::to_string(undone.pain.size()) + " pain " +
                    (undone.pain.size() == 1 ? "entry" : "entries") + ", " + std::to_string(undone.done.size()) +
                    (undone.done.size() == 1 ? " routine done" : " routines done") + " and " +
                    std::to_string(undone.signs.size()) + (undone.signs.size() == 1 ? " sign\n" : " signs\n");
  if (!undone.routines_removed.empty()) out += "removed routines it added: " + domain::join(undone.routines_removed, ", ") + "\n";
  if (!undone.settings_removed.empty()) out += "unset settings it added: " + domain::join(undone.settings_removed, ", ") + "\n";
  return out;
}

/// A merge taken back: what it added went, what it replaced or deleted came back as it was.
std::string merge_text(const domain::UndoneAction& undone) {
  const auto removed = undone.pain.size() + undone.done.size() + undone.signs.size();
  const auto restored = undone.restored_pain.size() + undone.restored_done.size() + undone.restored_signs.size();
  return "took back the merge: removed " + std::to_string(removed) + (removed == 1 ? " entry" : " entries") +
         " it added and put back " + std::to_string(restored) + (restored == 1 ? " entry" : " entries") +
         " it changed or deleted; your other devices keep theirs, so the next sync brings them again\n";
}

std::string undone_text(const domain::UndoneAction& undone) {
  const auto& command = undone.command;
  if (command == "pain" || command == "done" || command == "sign" || command == "tag") return removed_entries_text(undone);
  if (command == "import") return import_text(undone);
  if (command == "merge") return merge_text(undone);
  if (command == "edit" || command == "delete" || command == "untag") {
    std::string out;
    restored_lines(out, undone.tags, undone.restored_tags, domain::EntryId::Kind::tag);
    restored_lines(out, undone.pain, undone.restored_pain, domain::EntryId::Kind::pain);
    restored_lines(out, undone.done, undone.restored_done, domain::EntryId::Kind::done);
    restored_lines(out, undone.signs, undone.restored_signs, domain::EntryId::Kind::sign);
    return out;
  }
  if (command == "config") {
    return undone.setting_restored ? "put " + undone.setting_key + " back to " + *undone.setting_restored + "\n"
                                   : "unset " + undone.setting_key + " again\n";
  }
  if (command == "routine-add") return "removed routine " + undone.routine_slug + "\n";
  if (command == "routine-unretire") return "retired routine " + undone.routine_slug + " again\n";
  if (command == "routine-edit") return "put routine " + undone.routine_slug + " back as it was\n";
  return "brought back routine " + undone.routine_slug + "\n";
}

}  // namespace

std::string change_line(const views::SettingChange& change) {
  return change.value ? "set " + change.key + " to " + *change.value : "unset " + change.key;
}

std::string text(const views::UndoView& view, const Style&) {
  return view.undone ? undone_text(*view.undone) : "nothing to undo\n";
}

std::string text(const views::ConfigView& view, const Style&) {
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

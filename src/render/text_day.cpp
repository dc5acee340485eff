#include <algorithm>

#include "domain/text.hpp"
#include "render/entry_words.hpp"
#include "render/redflag_words.hpp"
#include "render/render.hpp"
#include "render/rules_words.hpp"

namespace backcare::render {
namespace {

std::string pain_summary(const std::vector<domain::PainEntry>& pain) {
  if (pain.empty()) return "Pain: nothing logged yet (backcare pain 0-10)\n";
  double sum = 0;
  int worst = 0;
  for (const auto& entry : pain) {
    sum += entry.level;
    worst = std::max(worst, entry.level);
  }
  const auto count = pain.size();
  return "Pain: " + std::to_string(count) + (count == 1 ? " entry" : " entries") + ", mean " +
         one_decimal(sum / double(count)) + ", worst " + std::to_string(worst) + "\n";
}

/// " at low-back, sacroiliac:left" after a level; nothing when the entry does not say where.
std::string where_suffix(const std::vector<domain::Place>& where) {
  return where.empty() ? "" : " at " + places_words(where);
}

std::string mark(const views::ChecklistItem& item) {
  if (item.done == 0) return "[ ]";
  if (item.done >= item.daily_count) return "[x]";
  return "[" + std::to_string(item.done) + "/" + std::to_string(item.daily_count) + "]";
}

}  // namespace

std::string text(const views::DayView& view, const Style& style) {
  std::string out = style.bold("Today: " + domain::format_long(view.day)) + "\n";
  if (view.before_day_start) {
    out += "(entries before " + view.day_starts + " count for the day before; change with: backcare config day-starts HH:MM)\n";
  }
  // The pointer comes first, before the entries and the routines.
  out += pointer_text(view.due, style);
  out += pain_summary(view.pain);
  for (const auto& entry : view.pain) {
    const std::string level = std::to_string(entry.level) + "/10" + where_suffix(entry.regions);
    out += "  " + shown_time(entry.time) + "  " + (entry.note.empty() ? level + "\n" : pad(level, 5) + "  " + safe(entry.note) + "\n");
  }
  if (!view.signs.empty()) out += "Signs:\n";
  for (const auto& sign : view.signs) {
    out += "  " + shown_time(sign.time) + "  " + domain::format_place(sign.sign) +
           (sign.note.empty() ? "\n" : "  " + safe(sign.note) + "\n");
  }
  const auto done = std::count_if(view.checklist.begin(), view.checklist.end(), [](const auto& i) { return i.done > 0; });
  out += "Routines: " + std::to_string(done) + " of " + std::to_string(view.checklist.size()) + " done\n";
  for (const auto& item : view.checklist) {
    out += "  " + pad(mark(item), 5) + " " + pad(item.slug, 14) + pad(safe(item.name), 30) + safe(item.dose) +
           (item.hold ? "  (" + hold_word(*item.hold) + ")\n" : "\n");
  }
  const bool assumed = std::any_of(view.checklist.begin(), view.checklist.end(),
                                   [](const auto& item) { return item.hold && item.hold->birth_type_assumed; });
  if (assumed) out += "  (birth type not set: the caesarean rules apply; backcare config birth-type vaginal or caesarean)\n";
  for (const auto& completion : view.done) {
    if (!completion.note.empty()) out += "  note on " + completion.slug + ": " + safe(completion.note) + "\n";
  }
  return out + routine_note(view.due);
}

std::string text(const views::HistoryView& view, const Style& style) {
  std::string out = style.bold("History " + domain::format_iso(view.range.begin) + " to " +
                               domain::format_iso(view.range.end - date::days{1}) + ", newest first") + "\n";
  if (view.items.empty()) return out + "no entries in these days\n";
  // The ids line up in a column as wide as the longest, so the times after them do too.
  std::size_t id_width = 0;
  for (const auto& item : view.items) id_width = std::max(id_width, domain::format_entry_id(item.id).size());
  std::optional<domain::Day> current;
  for (const auto& item : view.items) {
    if (item.day != current) out += domain::format_long(item.day) + "\n";
    current = item.day;
    out += "  " + pad(domain::format_entry_id(item.id), id_width) + "  " + shown_time(item.time) + "  ";
    if (item.kind == "tag") {
      out += "tag " + domain::join(item.tags, " ");
    } else if (item.sign) {
      out += "sign " + domain::format_place(*item.sign);
    } else if (item.level) {
      out += "pain " + std::to_string(*item.level) + "/10" + where_suffix(item.where);
    } else {
      out += "done " + item.routine;
      if (item.reps) out += ", " + std::to_string(*item.reps) + " reps";
      if (item.minutes) out += ", " + std::to_string(*item.minutes) + " min";
    }
    if (item.kind != "tag" && !item.tags.empty()) out += "  [" + domain::join(item.tags, " ") + "]";
    out += item.note.empty() ? "\n" : "  " + safe(item.note) + "\n";
  }
  return out + "Correct an entry: backcare edit ID (see 'backcare edit --help')   Remove one: backcare delete ID\n";
}

}  // namespace backcare::render

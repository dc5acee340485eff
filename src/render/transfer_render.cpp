#include "render/transfer_render.hpp"

#include "domain/inputs.hpp"
#include "domain/terminal_text.hpp"
#include "domain/text.hpp"
#include "render/json_text.hpp"
#include "render/redflag_words.hpp"
#include "transfer/export_document.hpp"
#include "transfer/fhir_bundle.hpp"

namespace backcare::render {
namespace {

std::string counted(std::size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string size_text(std::uintmax_t bytes) {
  return bytes < 1024 ? counted(bytes, "byte", "bytes") : std::to_string((bytes + 1023) / 1024) + " KiB";
}

std::string findings_text(const char* title, const std::vector<std::string>& lines, bool sound) {
  if (sound) return std::string(title) + ": ok\n";
  std::string out = std::string(title) + ": " + counted(lines.size(), "problem", "problems") + "\n";
  for (const auto& line : lines) out += "  " + domain::escape_for_terminal(line) + "\n";
  return out;
}

}  // namespace

void write_document(const views::ExportView& view, const transfer::TextOut& out) {
  if (view.fhir) *view.fhir_counts = transfer::write_fhir_bundle(view.entries, *view.fhir, out);
  else if (view.format == "csv") transfer::write_csv_export(view.entries, out);
  else transfer::write_json_export(view.entries, view.extras, out);
}

std::optional<std::string> document_file(const views::ExportView& view) { return view.out; }

namespace {

/// "exported 12 pain entries, 1 sign and 30 routines done to 'x' as a FHIR R4 Bundle".
std::string fhir_text(const views::ExportView& view) {
  const auto& counts = *view.fhir_counts;
  std::string out = "exported " + counted(counts.pain, "pain entry", "pain entries") + ", " +
                    counted(counts.signs, "sign", "signs") + " and ";
  out += view.fhir->patient_uuid ? counted(counts.routines, "routine done", "routines done")
                                 : "no routines (--no-patient)";
  out += " to " + domain::quoted_path(*view.out) + " (a FHIR R4 Bundle, readable by you only)\n";
  return out;
}

}  // namespace

std::string text(const views::ExportView& view, const Style&) {
  if (view.fhir) return fhir_text(view);
  const auto& data = view.extras;
  std::string out = "exported " + counted(view.entry_count, "entry", "entries");
  if (view.format == "json") {
    out += ", " + counted(data.routines.size(), "routine", "routines") + " of yours and " +
           counted(data.settings.size(), "setting", "settings");
  }
  out += " to " + domain::quoted_path(*view.out) + " (" + view.format + ", readable by you only)\n";
  if (view.format == "csv" && data.routines.size() + data.settings.size() > 0) {
    out += "CSV holds entries only: your own routines and settings travel in --format json\n";
  }
  return out;
}

std::string text(const views::ImportView& view, const Style&) {
  const auto& counts = view.counts;
  const int added = counts.pain_added + counts.done_added + counts.signs_added + counts.tags_added;
  std::string out;
  if (added == 0 && counts.already_held == 0) {
    out = "no entries in " + domain::quoted_path(view.file) + "\n";
  } else if (added == 0) {
    out = "nothing new in " + domain::quoted_path(view.file) + ": its " + counted(std::size_t(counts.already_held), "entry is", "entries are") +
          " already in the diary\n";
  } else {
    out = "imported " + counted(std::size_t(added), "entry", "entries") + " from " + domain::quoted_path(view.file) + ": " +
          std::to_string(counts.pain_added) + " pain, " + std::to_string(counts.done_added) + " done, " +
          counted(std::size_t(counts.signs_added), "sign", "signs") +
          (counts.tags_added > 0 ? ", " + counted(std::size_t(counts.tags_added), "day's tag", "days' tags") : "") + "\n";
    if (counts.already_held > 0) {
      out += counted(std::size_t(counts.already_held), "entry was", "entries were") + " already in the diary and not added again\n";
    }
  }
  if (counts.routines_added > 0) out += "added " + counted(std::size_t(counts.routines_added), "routine", "routines") + " of yours\n";
  for (const auto& slug : counts.routines_from_slugs) {
    out += "made routine " + slug + " from its slug (kind exercise): name it with backcare routine edit " + slug +
           " --name \"Its name\" --kind KIND\n";
  }
  if (!counts.routines_from_slugs.empty()) {
    out += "(a CSV file has no place for a routine's name, kind or dose; a JSON export carries them)\n";
  }
  if (!counts.tags_new.empty()) {
    out += std::string(counts.tags_new.size() == 1 ? "new tag" : "new tags") + " from the file: " +
           domain::join(counts.tags_new, ", ") + " ('backcare tags' lists them all)\n";
  }
  if (counts.settings_added > 0) out += "added " + counted(std::size_t(counts.settings_added), "setting", "settings") + "\n";
  for (const auto& key : counts.settings_kept) {
    out += "kept your " + key + ": the file has another value (change it with 'backcare config')\n";
  }
  return out;
}

namespace {

std::string merge_counts_text(const domain::MergeCounts& counts) {
  return "added " + std::to_string(counts.added) + ", updated " + std::to_string(counts.updated) + ", deleted " +
         std::to_string(counts.deleted) + ", unchanged " + std::to_string(counts.unchanged);
}

nlohmann::json merge_counts_json(const std::string& file, const domain::MergeCounts& counts) {
  return {{"file", path_json(file)},
          {"added", counts.added},
          {"updated", counts.updated},
          {"deleted", counts.deleted},
          {"unchanged", counts.unchanged}};
}

}  // namespace

std::string text(const views::MergeView& view, const Style& style) {
  std::string lines;
  for (std::size_t i = 0; i < view.files.size(); ++i) {
    lines += (lines.empty() ? "" : "\n") + std::string("merged ") + domain::quoted_path(view.files[i]) + ": " +
             merge_counts_text(view.counts[i]);
  }
  if (lines.empty()) return pointer_text(view.due, style) + routine_note(view.due);
  return confirmed_with_pointer(lines, view.due, style);
}

nlohmann::json json(const views::MergeView& view) {
  nlohmann::json files = nlohmann::json::array();
  for (std::size_t i = 0; i < view.files.size(); ++i) files.push_back(merge_counts_json(view.files[i], view.counts[i]));
  nlohmann::json out{{"merged", files}};
  add_pointer(out, view.due);
  return out;
}

void write_document(const views::SyncView& view, const transfer::TextOut& out) { write_document(view.exported, out); }

std::optional<std::string> document_file(const views::SyncView& view) { return view.exported.out; }

std::string text(const views::SyncView& view, const Style& style) {
  std::string out = text(view.merged, style);
  if (view.merged.files.empty()) out += "no file of another device in " + domain::quoted_path(view.folder) + " yet\n";
  return out + "wrote this device's " + counted(view.exported.entry_count, "entry", "entries") + " to " +
         domain::quoted_path(*view.exported.out) + " (readable by you only)\n";
}

nlohmann::json json(const views::SyncView& view) {
  auto out = json(view.merged);
  out["file"] = path_json(*view.exported.out);
  out["entries"] = view.exported.entry_count;
  return out;
}

std::string text(const views::BackupView& view, const Style&) {
  return "backed up the diary to " + domain::quoted_path(view.file) + " (" + size_text(view.bytes) + ", readable by you only)\n";
}

std::string text(const views::CheckView& view, const Style&) {
  const auto& findings = view.findings;
  return findings_text("integrity", findings.integrity, findings.integrity == std::vector<std::string>{"ok"}) +
         findings_text("foreign keys", findings.foreign_keys, findings.foreign_keys.empty());
}

std::optional<std::string> failure(const views::CheckView& view) {
  if (view.findings.ok()) return std::nullopt;
  return "the diary failed its check (what was found is above)";
}

nlohmann::json json(const views::ExportView& view) {
  return {{"file", view.out ? path_json(*view.out) : nlohmann::json(nullptr)}, {"format", view.format},
          {"entries", view.entry_count}, {"routines", view.extras.routines.size()},
          {"settings", view.extras.settings.size()}};
}

nlohmann::json json(const views::ImportView& view) {
  const auto& counts = view.counts;
  return {{"file", path_json(view.file)},
          {"format", view.format},
          {"added", {{"pain", counts.pain_added}, {"done", counts.done_added}, {"signs", counts.signs_added},
                     {"tags", counts.tags_added}, {"routines", counts.routines_added},
                     {"settings", counts.settings_added}}},
          {"already_held", counts.already_held},
          {"settings_kept", counts.settings_kept},
          {"routines_from_slugs", counts.routines_from_slugs},
          {"tags_new", counts.tags_new}};
}

nlohmann::json json(const views::BackupView& view) { return {{"file", path_json(view.file)}, {"bytes", view.bytes}}; }

nlohmann::json json(const views::CheckView& view) {
  return {{"ok", view.findings.ok()}, {"integrity", view.findings.integrity}, {"foreign_keys", view.findings.foreign_keys}};
}

}  // namespace backcare::render

#include "transfer/export_document.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "transfer/csv.hpp"
#include "transfer/json_list.hpp"
#include "transfer/json_quoted.hpp"

namespace backcare::transfer {
namespace {

// Ordered, so keys keep the order written here and an export reads like its documentation.
using Json = nlohmann::ordered_json;

std::string text_or_null(const std::string& text) { return text.empty() ? "null" : json_quoted(text); }
std::string number_or_null(const std::string& text) { return text.empty() ? "null" : std::to_string(std::stoi(text)); }

/// A space-separated list as an array of strings laid out as json_dump lays it out inside an entry ([]
/// when empty).
std::string list_json(std::string_view list) {
  if (list.empty()) return "[]";
  std::string out = "[";
  std::string_view rest = list;
  while (!rest.empty()) {
    const auto place = rest.substr(0, rest.find(' '));
    out += out.size() == 1 ? "\n        " : ",\n        ";
    out += json_quoted(place);
    rest.remove_prefix(std::min(rest.size(), place.size() + 1));
  }
  return out + "\n      ]";
}

/// A pain entry's regions; null for the other kinds, as their level is.
std::string where_json(const domain::EntryRow& row) { return row.kind == "pain" ? list_json(row.where) : "null"; }

/// The tags of a pain entry, a routine done or a day's tag (issue 29); null for a sign.
std::string tags_json(const domain::EntryRow& row) { return row.kind == "sign" ? "null" : list_json(row.tags); }

/// One element of "entries" as json_text lays it out inside the list (see element_text), written
/// directly: a JSON value built and dumped per entry made a million-entry export take minutes.
std::string entry_text(const domain::EntryRow& row) {
  const std::pair<const char*, std::string> members[] = {
      {"kind", json_quoted(row.kind)},           {"date", json_quoted(row.date)},
      {"time", text_or_null(row.time.value_or(""))}, {"logged_at", json_quoted(row.logged_at)},
      {"routine", text_or_null(row.routine)},    {"level", number_or_null(row.level)},
      {"reps", number_or_null(row.reps)},        {"minutes", number_or_null(row.minutes)},
      {"note", json_quoted(row.note)},           {"where", where_json(row)},
      {"sign", text_or_null(row.sign)},          {"tags", tags_json(row)},
      {"uuid", text_or_null(row.identity.uuid)},
      {"stamp", text_or_null(row.identity.version.stamp)}, {"device", text_or_null(row.identity.version.device)}};
  std::string out = "    {";
  for (const auto& [key, value] : members) {
    out += out.size() == 5 ? "\n      \"" : ",\n      \"";
    out += key;
    out += "\": ";
    out += value;
  }
  out += "\n    }";
  return domain::escape_json_controls(out);
}

/// A text, or null when empty: as the entries' optional fields are written.
Json text_json(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json routine_json(const domain::Routine& routine) {
  return {{"slug", routine.slug},   {"name", routine.name},         {"kind", routine.kind},
          {"dose", routine.dose},   {"retired", routine.retired},   {"stamp", text_json(routine.version.stamp)},
          {"device", text_json(routine.version.device)}};
}

/// What names a tombstone's row, by its kind: an entry's UUID, a routine's slug, a setting's key.
const char* tombstone_key_name(const std::string& kind) {
  if (kind == "routine") return "slug";
  if (kind == "setting") return "key";
  return "uuid";
}

Json tombstone_json(const domain::Tombstone& tombstone) {
  return {{"kind", tombstone.kind}, {tombstone_key_name(tombstone.kind), tombstone.key},
          {"stamp", text_json(tombstone.version.stamp)}, {"device", text_json(tombstone.version.device)}};
}

class CsvEntries final : public domain::EntrySink {
 public:
  explicit CsvEntries(const TextOut& out) : out_(out) {}
  void entry(const domain::EntryRow& row) override { out_(csv_record(domain::fields_of(row))); }

 private:
  const TextOut& out_;
};

class JsonEntries final : public domain::EntrySink {
 public:
  explicit JsonEntries(JsonList& list) : list_(list) {}
  void entry(const domain::EntryRow& row) override { list_.element(entry_text(row)); }

 private:
  JsonList& list_;
};

/// Each setting as {"value", "stamp", "device"} (format 4): its version travels with it.
void write_settings(const domain::DiaryExport& extras, const TextOut& out) {
  if (extras.settings.empty()) return out("{}");
  const char* before = "{\n";
  for (const auto& [key, value] : extras.settings) {
    const auto found = extras.setting_versions.find(key);
    const auto version = found == extras.setting_versions.end() ? domain::Version{} : found->second;
    const Json setting = {{"value", value}, {"stamp", text_json(version.stamp)}, {"device", text_json(version.device)}};
    out(before);
    // Laid out as a list's element is (element_text), after its key.
    out(element_text(Json(key)) + ": " + element_text(setting).substr(4));
    before = ",\n";
  }
  out("\n  }");
}

/// Collects text pieces into one string.
TextOut into(std::string& text) {
  return [&text](std::string_view piece) { text += piece; };
}

/// Hands the entries of data held whole.
domain::EntrySource entries_of(const domain::DiaryExport& data) {
  return [&data](domain::EntrySink& sink) {
    for (const auto& row : data.entries) sink.entry(row);
  };
}

}  // namespace

void write_csv_export(const domain::EntrySource& entries, const TextOut& out) {
  out(csv_record(std::vector<std::string>(domain::kEntryFields.begin(), domain::kEntryFields.end())));
  CsvEntries sink(out);
  entries(sink);
}

void write_json_export(const domain::EntrySource& entries, const domain::DiaryExport& extras, const TextOut& out) {
  out("{\n  \"format_version\": " + std::to_string(kExportFormatVersion) + ",\n  \"entries\": ");
  JsonList entry_list(out);
  JsonEntries sink(entry_list);
  entries(sink);
  entry_list.close();
  out(",\n  \"routines\": ");
  JsonList routine_list(out);
  for (const auto& routine : extras.routines) routine_list.element(element_text(routine_json(routine)));
  routine_list.close();
  out(",\n  \"settings\": ");
  write_settings(extras, out);
  out(",\n  \"tombstones\": ");
  JsonList tombstone_list(out);
  for (const auto& tombstone : extras.tombstones) tombstone_list.element(element_text(tombstone_json(tombstone)));
  tombstone_list.close();
  out("\n}\n");
}

std::string export_csv(const domain::DiaryExport& data) {
  std::string text;
  write_csv_export(entries_of(data), into(text));
  return text;
}

std::string export_json(const domain::DiaryExport& data) {
  std::string text;
  write_json_export(entries_of(data), data, into(text));
  return text;
}

}  // namespace backcare::transfer

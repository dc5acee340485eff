#include <nlohmann/json.hpp>

#include "domain/export_files.hpp"
#include "domain/inputs.hpp"
#include "domain/terminal_text.hpp"

namespace backcare::domain {
namespace {

using Json = nlohmann::ordered_json;

/// Reads JSON values into text fields, noting each value of the wrong type as a problem.
struct JsonReader {
  ReadExport& read;

  void problem(const std::string& where, const std::string& field, const std::string& why) {
    read.problems.push_back({where, quote_for_message(field), why});
  }

  /// A string (or null, read as "") into `out`.
  void text(const Json& value, const std::string& where, const std::string& field, std::string& out) {
    if (value.is_string()) out = value.get<std::string>();
    else if (!value.is_null()) problem(where, field, "a " + std::string(value.type_name()) + ": accepted text or null");
  }

  /// A whole number (or null, read as "") into `out` as text, for the checks that follow.
  void number(const Json& value, const std::string& where, const std::string& field, std::string& out) {
    if (value.is_number_integer()) out = value.dump();
    else if (!value.is_null()) problem(where, field, "a " + std::string(value.type_name()) + ": accepted a whole number or null");
  }

  void entry(const Json& item, const std::string& where) {
    EntryRow row;
    if (!item.is_object()) return problem(where, "entry", "a " + std::string(item.type_name()) + ": accepted an object");
    for (const auto& [key, value] : item.items()) {
      if (key == "kind") text(value, where, key, row.kind);
      else if (key == "date") text(value, where, key, row.date);
      else if (key == "logged_at") text(value, where, key, row.logged_at);
      else if (key == "time") text(value, where, key, row.time.emplace());
      else if (key == "routine") text(value, where, key, row.routine);
      else if (key == "level") number(value, where, key, row.level);
      else if (key == "reps") number(value, where, key, row.reps);
      else if (key == "minutes") number(value, where, key, row.minutes);
      else if (key == "note") text(value, where, key, row.note);
      else problem(where, key, "unknown key: accepted kind, date, time, logged_at, routine, level, reps, minutes, note");
    }
    read.data.entries.push_back(std::move(row));
    read.entry_places.push_back(where);
  }

  void routine(const Json& item, const std::string& where) {
    Routine routine;
    routine.from_article = false;
    if (!item.is_object()) return problem(where, "routine", "a " + std::string(item.type_name()) + ": accepted an object");
    for (const auto& [key, value] : item.items()) {
      if (key == "slug") text(value, where, key, routine.slug);
      else if (key == "name") text(value, where, key, routine.name);
      else if (key == "kind") text(value, where, key, routine.kind);
      else if (key == "dose") text(value, where, key, routine.dose);
      else if (key == "retired" && value.is_boolean()) routine.retired = value.get<bool>();
      else if (key == "retired") problem(where, key, "a " + std::string(value.type_name()) + ": accepted true or false");
      else problem(where, key, "unknown key: accepted slug, name, kind, dose, retired");
    }
    read.data.routines.push_back(std::move(routine));
    read.routine_places.push_back(where);
  }

  void settings(const Json& object) {
    for (const auto& [key, value] : object.items()) {
      std::string stored;
      text(value, "settings", key, stored);
      if (value.is_string()) read.data.settings[key] = stored;
    }
  }

  /// Each of the `key` array's items through `one`, numbered from 1 as "entry 1", "routine 1".
  template <class Each>
  void each(const Json& document, const char* key, const char* label, Each one) {
    if (!document.contains(key)) return;
    const Json& list = document.at(key);
    if (!list.is_array()) return problem("", key, "a " + std::string(list.type_name()) + ": accepted an array");
    for (std::size_t i = 0; i < list.size(); ++i) (this->*one)(list[i], std::string(label) + " " + std::to_string(i + 1));
  }

  void document(const Json& document);
};

void JsonReader::document(const Json& document) {
  if (!document.is_object()) return problem("", "file", "a JSON " + std::string(document.type_name()) + ": accepted a backcare export object");
  const auto version = document.find("format_version");
  if (version == document.end() || !version->is_number_integer()) {
    return problem("", "format_version", "missing or not a number: accepted a backcare JSON export (format_version 2)");
  }
  if (*version != 1 && *version != kExportFormatVersion) {
    return problem("", "format_version", version->dump() + ": accepted 1 or 2 (a file from a newer backcare needs a newer backcare)");
  }
  for (const auto& [key, value] : document.items()) {
    if (key != "format_version" && key != "entries" && key != "routines" && key != "settings") {
      problem("", key, "unknown key: accepted format_version, entries, routines, settings");
    }
  }
  each(document, "entries", "entry", &JsonReader::entry);
  each(document, "routines", "routine", &JsonReader::routine);
  if (document.contains("settings") && !document["settings"].is_object()) problem("", "settings", "accepted an object");
  else if (document.contains("settings")) settings(document["settings"]);
}

}  // namespace

ReadExport read_json_export(std::string_view text) {
  ReadExport read;
  Json document;
  try {
    document = Json::parse(text);
  } catch (const Json::exception& error) {
    // A syntax error (parse_error) or a number too large for a double (out_of_range, "1e400"): both are
    // a bad file. nlohmann's message says where; its "[json.exception...] " prefix does not help.
    std::string why = error.what();
    if (const auto cut = why.find("] "); cut != std::string::npos) why.erase(0, cut + 2);
    read.problems.push_back({"", "json", escape_for_terminal(why)});
    return read;
  }
  JsonReader{read}.document(document);
  return read;
}

}  // namespace backcare::domain

#include "domain/inputs.hpp"
#include "transfer/export_json_items.hpp"

namespace backcare::transfer {

using domain::EntryRow;
using domain::Problem;
using domain::Routine;
using domain::quote_for_message;

namespace {

using Json = ExportJson;

/// Reads JSON values into text fields, noting each value of the wrong type as a problem.
struct JsonReader {
  domain::ExportSink& sink;

  void problem(const std::string& where, const std::string& field, const std::string& why) {
    sink.problem(json_problem(where, field, why));
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

  /// An array of places (or null, read as "") into `out`, space-separated as the CSV's `where` holds
  /// them, for the checks that follow. A place empty or with a space in it would read back as other
  /// places than it was: a problem.
  void places(const Json& value, const std::string& where, const std::string& field, std::string& out,
              std::string_view example = R"(["low-back", "sacroiliac:left"])") {
    if (value.is_null()) return;
    const std::string accepted = ": accepted an array of text (such as " + std::string(example) + ") or null";
    if (!value.is_array()) return problem(where, field, "a " + std::string(value.type_name()) + accepted);
    std::string joined;
    for (const auto& place : value) {
      if (!place.is_string()) return problem(where, field, "an array holding a " + std::string(place.type_name()) + accepted);
      const auto& text = place.get_ref<const std::string&>();
      if (text.empty() || text.find(' ') != std::string::npos) {
        return problem(where, field, "invalid '" + quote_for_message(text) + "'" + accepted + ", one " + (field == "tags" ? "tag" : "place") + " a string");
      }
      joined += (joined.empty() ? "" : " ") + text;
    }
    out = std::move(joined);
  }

  /// An entry's tags: an array of text (or null), space-separated into `row.tags` as the CSV holds
  /// them; a day's tag (kind "tag", known only once every key is read) has one, so it reads the same.
  void tags(const Json& value, const std::string& where, const std::string& field, EntryRow& row) {
    places(value, where, field, row.tags, R"(["lifting", "poor-sleep"])");
  }

  void entry(const Json& item, const std::string& where) {
    EntryRow row;
    if (!item.is_object()) return problem(where, "entry", "a " + std::string(item.type_name()) + ": accepted an object");
    for (const auto& [key, value] : item.items()) {
      const std::string_view name = key;  // compared by length first: an entry's keys are read by the million
      if (name == "kind") text(value, where, key, row.kind);
      else if (name == "date") text(value, where, key, row.date);
      else if (name == "logged_at") text(value, where, key, row.logged_at);
      else if (name == "time") text(value, where, key, row.time.emplace());
      else if (name == "routine") text(value, where, key, row.routine);
      else if (name == "level") number(value, where, key, row.level);
      else if (name == "reps") number(value, where, key, row.reps);
      else if (name == "minutes") number(value, where, key, row.minutes);
      else if (name == "note") text(value, where, key, row.note);
      else if (name == "where") places(value, where, key, row.where);
      else if (name == "sign") text(value, where, key, row.sign);
      else if (name == "tags") tags(value, where, key, row);
      else if (name == "uuid") text(value, where, key, row.identity.uuid);
      else if (name == "stamp") text(value, where, key, row.identity.version.stamp);
      else if (name == "device") text(value, where, key, row.identity.version.device);
      else problem(where, key, "unknown key: accepted kind, date, time, logged_at, routine, level, reps, minutes, note, where, "
                               "sign, tags, uuid, stamp, device");
    }
    sink.entry(std::move(row), where);
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
      else if (key == "stamp") text(value, where, key, routine.version.stamp);
      else if (key == "device") text(value, where, key, routine.version.device);
      else problem(where, key, "unknown key: accepted slug, name, kind, dose, retired, stamp, device");
    }
    sink.routine(std::move(routine), where);
  }

  /// A setting's value: text (formats 1 to 3), or {"value", "stamp", "device"} (format 4).
  void settings(const Json& object) {
    for (const auto& [key, value] : object.items()) {
      if (value.is_object()) {
        setting_object(key, value);
        continue;
      }
      std::string stored;
      text(value, "settings", key, stored);
      if (value.is_string()) sink.setting(key, std::move(stored), {});
    }
  }

  void setting_object(const std::string& key, const Json& object) {
    std::optional<std::string> stored;
    domain::Version version;
    const std::string where = "setting " + quote_for_message(key);
    for (const auto& [field, value] : object.items()) {
      if (field == "value" && value.is_string()) stored = value.get<std::string>();
      else if (field == "value") problem(where, field, "a " + std::string(value.type_name()) + ": accepted text");
      else if (field == "stamp") text(value, where, field, version.stamp);
      else if (field == "device") text(value, where, field, version.device);
      else problem(where, field, "unknown key: accepted value, stamp, device");
    }
    if (!stored) return problem(where, "value", "missing: accepted an object with the setting's value");
    sink.setting(key, std::move(*stored), std::move(version));
  }

  void tombstone(const Json& item, const std::string& where) {
    domain::Tombstone tombstone;
    if (!item.is_object()) return problem(where, "tombstone", "a " + std::string(item.type_name()) + ": accepted an object");
    for (const auto& [key, value] : item.items()) {
      if (key == "kind") text(value, where, key, tombstone.kind);
      else if (key == "uuid" || key == "slug" || key == "key") text(value, where, key, tombstone.key);
      else if (key == "stamp") text(value, where, key, tombstone.version.stamp);
      else if (key == "device") text(value, where, key, tombstone.version.device);
      else problem(where, key, "unknown key: accepted kind, uuid (or slug, or key), stamp, device");
    }
    sink.tombstone(std::move(tombstone), where);
  }
};

}  // namespace

Problem json_problem(const std::string& where, const std::string& key, const std::string& why) {
  return {where, quote_for_message(key), why};
}

void read_json_entry(const ExportJson& item, const std::string& where, domain::ExportSink& sink) {
  JsonReader{sink}.entry(item, where);
}

void read_json_routine(const ExportJson& item, const std::string& where, domain::ExportSink& sink) {
  JsonReader{sink}.routine(item, where);
}

void read_json_tombstone(const ExportJson& item, const std::string& where, domain::ExportSink& sink) {
  JsonReader{sink}.tombstone(item, where);
}

void read_json_settings(const ExportJson& settings, domain::ExportSink& sink) {
  if (!settings.is_object()) return sink.problem(json_problem("", "settings", "accepted an object"));
  JsonReader{sink}.settings(settings);
}

std::optional<Problem> json_version_problem(const ExportJson* version) {
  if (!version || !version->is_number_integer()) {
    return json_problem("", "format_version", "missing or not a number: accepted a backcare JSON export (format_version 5)");
  }
  if (!version->is_number_integer() || *version < 1 || *version > kExportFormatVersion) {
    return json_problem("", "format_version", version->dump() + ": accepted 1 to 5 (a file from a newer backcare needs a newer backcare)");
  }
  return std::nullopt;
}

}  // namespace backcare::transfer

#include "transfer/export_document.hpp"

#include <nlohmann/json.hpp>

#include "transfer/csv.hpp"
#include "transfer/json_text.hpp"

namespace backcare::transfer {
namespace {

// Ordered, so keys keep the order written here and an export reads like its documentation.
using Json = nlohmann::ordered_json;

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }
Json number_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(std::stoi(text)); }

Json entry_json(const domain::EntryRow& row) {
  return {{"kind", row.kind},        {"date", row.date},         {"time", text_or_null(row.time.value_or(""))},
          {"logged_at", row.logged_at},
          {"routine", text_or_null(row.routine)}, {"level", number_or_null(row.level)},
          {"reps", number_or_null(row.reps)},     {"minutes", number_or_null(row.minutes)}, {"note", row.note}};
}

}  // namespace

std::string export_csv(const domain::DiaryExport& data) {
  const std::vector<std::string> header(domain::kEntryFields.begin(), domain::kEntryFields.end());
  std::string out = transfer::csv_record(header);
  for (const auto& row : data.entries) out += transfer::csv_record(domain::fields_of(row));
  return out;
}

std::string export_json(const domain::DiaryExport& data) {
  Json out{{"format_version", transfer::kExportFormatVersion}, {"entries", Json::array()}, {"routines", Json::array()},
           {"settings", Json::object()}};
  for (const auto& row : data.entries) out["entries"].push_back(entry_json(row));
  for (const auto& routine : data.routines) {
    out["routines"].push_back({{"slug", routine.slug}, {"name", routine.name}, {"kind", routine.kind},
                               {"dose", routine.dose}, {"retired", routine.retired}});
  }
  for (const auto& [key, value] : data.settings) out["settings"][key] = value;
  return json_text(out);
}

}  // namespace backcare::transfer

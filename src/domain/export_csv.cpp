#include "domain/csv.hpp"
#include "domain/export_files.hpp"
#include "domain/inputs.hpp"
#include "domain/text.hpp"

namespace backcare::domain {
namespace {

template <std::size_t N>
std::string header_text(const std::array<std::string_view, N>& fields) {
  return join(std::vector<std::string>(fields.begin(), fields.end()), ",");
}

}  // namespace

ReadExport read_csv_export(std::string_view text) {
  ReadExport read;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // spreadsheets on Windows add one
  const auto parsed = parse_csv(text);
  if (parsed.error) {
    read.problems.push_back({"line " + std::to_string(parsed.error->line), "csv", parsed.error->why});
    return read;
  }
  // The header names the format: with the time column (format 2) or without it (format 1).
  const std::string header = parsed.records.empty() ? std::string{} : join(parsed.records.front().fields, ",");
  const bool with_time = header == header_text(kEntryFields);
  if (parsed.records.empty() || (!with_time && header != header_text(kEntryFieldsFormat1))) {
    const std::string found = parsed.records.empty() ? "an empty file" : "'" + quote_for_message(header) + "'";
    read.problems.push_back({"line 1", "header", "found " + found + ": accepted " + header_text(kEntryFields)});
    return read;
  }
  const std::size_t fields = with_time ? kEntryFields.size() : kEntryFieldsFormat1.size();
  for (std::size_t i = 1; i < parsed.records.size(); ++i) {
    const auto& record = parsed.records[i];
    if (record.blank) continue;
    const std::string place = "line " + std::to_string(record.line);
    if (record.fields.size() != fields) {
      read.problems.push_back({place, "row", std::to_string(record.fields.size()) + " fields: accepted " +
                                                 std::to_string(fields)});
      continue;
    }
    const auto& f = record.fields;
    if (with_time) read.data.entries.push_back({f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]});
    else read.data.entries.push_back({f[0], f[1], std::nullopt, f[2], f[3], f[4], f[5], f[6], f[7]});
    read.entry_places.push_back(place);
  }
  return read;
}

}  // namespace backcare::domain

#include "domain/csv.hpp"
#include "domain/export_files.hpp"
#include "domain/inputs.hpp"
#include "domain/text.hpp"

namespace backcare::domain {
namespace {

std::string header_text() {
  return join(std::vector<std::string>(kEntryFields.begin(), kEntryFields.end()), ",");
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
  if (parsed.records.empty() || join(parsed.records.front().fields, ",") != header_text()) {
    const std::string found = parsed.records.empty() ? "an empty file" : "'" + quote_for_message(join(parsed.records.front().fields, ",")) + "'";
    read.problems.push_back({"line 1", "header", "found " + found + ": accepted " + header_text()});
    return read;
  }
  for (std::size_t i = 1; i < parsed.records.size(); ++i) {
    const auto& record = parsed.records[i];
    if (record.blank) continue;
    const std::string place = "line " + std::to_string(record.line);
    if (record.fields.size() != kEntryFields.size()) {
      read.problems.push_back({place, "row", std::to_string(record.fields.size()) + " fields: accepted " +
                                                 std::to_string(kEntryFields.size())});
      continue;
    }
    const auto& f = record.fields;
    read.data.entries.push_back({f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]});
    read.entry_places.push_back(place);
  }
  return read;
}

}  // namespace backcare::domain

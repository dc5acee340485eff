#include "transfer/csv.hpp"

#include "transfer/csv_stream.hpp"
#include "transfer/view_stream.hpp"

namespace backcare::transfer {

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += csv_field(fields[i]);
  }
  out += "\r\n";
  return out;
}

CsvParse parse_csv(std::string_view text) {
  ViewStream in(text);
  CsvStream csv(in);
  CsvParse result;
  for (CsvRecord record; csv.next(record);) result.records.push_back(std::move(record));
  result.error = csv.error();
  return result;
}

}  // namespace backcare::transfer

#include "transfer/csv_stream.hpp"
#include "domain/inputs.hpp"
#include "domain/text.hpp"
#include "transfer/export_stream.hpp"

namespace backcare::transfer {

using domain::join;
using domain::kEntryFields;
using domain::kEntryFieldsFormat1;
using domain::kEntryFieldsFormat2;
using domain::kEntryFieldsFormat3;
using domain::quote_for_message;

namespace {

template <std::size_t N>
std::string header_text(const std::array<std::string_view, N>& fields) {
  return join(std::vector<std::string>(fields.begin(), fields.end()), ",");
}

/// How many fields the header names: 12 (with tags), 11 (format 3, with where and sign), 9 (format 2,
/// with the time) or 8 (format 1, without it); 0 when it is none of the four.
std::size_t header_fields(const CsvRecord* header) {
  if (!header) return 0;
  const std::string text = join(header->fields, ",");
  if (text == header_text(kEntryFields)) return kEntryFields.size();
  if (text == header_text(kEntryFieldsFormat3)) return kEntryFieldsFormat3.size();
  if (text == header_text(kEntryFieldsFormat2)) return kEntryFieldsFormat2.size();
  if (text == header_text(kEntryFieldsFormat1)) return kEntryFieldsFormat1.size();
  return 0;
}

/// What is wrong with a header; "" when it is one of the formats' (`fields` says which).
std::string header_problem(const CsvRecord* header, std::size_t& fields) {
  fields = header_fields(header);
  if (fields != 0) return "";
  const std::string found = header ? "'" + quote_for_message(join(header->fields, ",")) + "'" : "an empty file";
  return "found " + found + ": accepted " + header_text(kEntryFields);
}

/// One data record to the sink: an entry, or a problem when its field count is not the header's.
void hand_over(CsvRecord& record, std::size_t fields, domain::ExportSink& sink) {
  std::string place = "line " + std::to_string(record.line);
  if (record.fields.size() != fields) {
    sink.problem({place, "row", std::to_string(record.fields.size()) + " fields: accepted " + std::to_string(fields)});
    return;
  }
  auto& f = record.fields;
  const bool with_time = fields != kEntryFieldsFormat1.size();
  std::optional<std::string> time;
  if (with_time) time = std::move(f[2]);
  const std::size_t rest = with_time ? 3 : 2;  // the fields after date and time
  domain::EntryRow row{std::move(f[0]), std::move(f[1]), std::move(time), std::move(f[rest]), std::move(f[rest + 1]),
                       std::move(f[rest + 2]), std::move(f[rest + 3]), std::move(f[rest + 4]), std::move(f[rest + 5]),
                       "", "", "", {}};
  if (fields >= kEntryFieldsFormat3.size()) {
    row.where = std::move(f[9]);
    row.sign = std::move(f[10]);
  }
  if (fields == kEntryFields.size()) row.tags = std::move(f[11]);
  sink.entry(std::move(row), std::move(place));
}

}  // namespace

void stream_csv_export(std::istream& in, domain::ExportSink& sink, std::size_t buffer_bytes) {
  CsvStream csv(in, buffer_bytes);
  csv.skip_prefix("\xEF\xBB\xBF");  // spreadsheets on Windows add one
  CsvRecord record;
  const bool any = csv.next(record);
  std::size_t fields = 0;
  const std::string wrong_header = csv.error() ? "" : header_problem(any ? &record : nullptr, fields);
  // After a wrong header the records are still read: a syntax error anywhere outranks it, as it did
  // when the whole file was parsed first.
  while (csv.next(record)) {
    if (wrong_header.empty() && !record.blank) hand_over(record, fields, sink);
  }
  if (const auto& error = csv.error()) sink.refused({"line " + std::to_string(error->line), "csv", error->why});
  else if (!wrong_header.empty()) sink.refused({"line 1", "header", wrong_header});
  else if (csv.ends_inside_a_line()) {
    sink.refused({"line " + std::to_string(csv.line()), "csv",
                  "the file ends in the middle of a line: it was probably cut short"});
  }
}

}  // namespace backcare::transfer

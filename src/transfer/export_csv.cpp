#include "transfer/csv_stream.hpp"
#include "domain/inputs.hpp"
#include "domain/text.hpp"
#include "transfer/export_stream.hpp"

namespace backcare::transfer {

using domain::join;
using domain::kEntryFields;
using domain::kEntryFieldsFormat1;
using domain::quote_for_message;

namespace {

template <std::size_t N>
std::string header_text(const std::array<std::string_view, N>& fields) {
  return join(std::vector<std::string>(fields.begin(), fields.end()), ",");
}

/// What is wrong with a header; "" when it is one of the two formats' (`with_time` says which).
std::string header_problem(const CsvRecord* header, bool& with_time) {
  // The header names the format: with the time column (format 2) or without it (format 1).
  const std::string text = header ? join(header->fields, ",") : std::string{};
  with_time = text == header_text(kEntryFields);
  if (header && (with_time || text == header_text(kEntryFieldsFormat1))) return "";
  const std::string found = header ? "'" + quote_for_message(text) + "'" : "an empty file";
  return "found " + found + ": accepted " + header_text(kEntryFields);
}

/// One data record to the sink: an entry, or a problem when its field count is wrong.
void hand_over(CsvRecord& record, bool with_time, domain::ExportSink& sink) {
  std::string place = "line " + std::to_string(record.line);
  const std::size_t fields = with_time ? kEntryFields.size() : kEntryFieldsFormat1.size();
  if (record.fields.size() != fields) {
    sink.problem({place, "row", std::to_string(record.fields.size()) + " fields: accepted " + std::to_string(fields)});
    return;
  }
  auto& f = record.fields;
  std::optional<std::string> time;
  if (with_time) time = std::move(f[2]);
  const std::size_t rest = with_time ? 3 : 2;  // the fields after date and time
  sink.entry({std::move(f[0]), std::move(f[1]), std::move(time), std::move(f[rest]), std::move(f[rest + 1]),
              std::move(f[rest + 2]), std::move(f[rest + 3]), std::move(f[rest + 4]), std::move(f[rest + 5])},
             std::move(place));
}

}  // namespace

void stream_csv_export(std::istream& in, domain::ExportSink& sink, std::size_t buffer_bytes) {
  CsvStream csv(in, buffer_bytes);
  csv.skip_prefix("\xEF\xBB\xBF");  // spreadsheets on Windows add one
  CsvRecord record;
  const bool any = csv.next(record);
  bool with_time = false;
  const std::string wrong_header = csv.error() ? "" : header_problem(any ? &record : nullptr, with_time);
  // After a wrong header the records are still read: a syntax error anywhere outranks it, as it did
  // when the whole file was parsed first.
  while (csv.next(record)) {
    if (wrong_header.empty() && !record.blank) hand_over(record, with_time, sink);
  }
  if (const auto& error = csv.error()) sink.refused({"line " + std::to_string(error->line), "csv", error->why});
  else if (!wrong_header.empty()) sink.refused({"line 1", "header", wrong_header});
  else if (csv.ends_inside_a_line()) {
    sink.refused({"line " + std::to_string(csv.line()), "csv",
                  "the file ends in the middle of a line: it was probably cut short"});
  }
}

}  // namespace backcare::transfer

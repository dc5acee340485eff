#pragma once
#include <cstddef>
#include <istream>
#include <string>

#include "domain/export_sink.hpp"
#include "transfer/csv_stream.hpp"
#include "transfer/export_format.hpp"

namespace backcare::transfer {

/// Reads a CSV export record by record: the exact header (with or without the time column), then a
/// row of fields each; a leading UTF-8 BOM and blank lines are skipped, and a syntax error ends the
/// reading with one refusal. Memory is bounded by the longest record.
void stream_csv_export(std::istream& in, domain::ExportSink& sink, std::size_t buffer_bytes = kCsvBufferBytes);
/// Reads a JSON export (format_version 1 or 2; unknown keys and wrongly typed values are problems) with
/// nlohmann's SAX parser, building one element of "entries" or "routines" at a time; memory bounded by
/// the largest element (or the settings object).
void stream_json_export(std::istream& in, domain::ExportSink& sink);

}  // namespace backcare::transfer

#pragma once
#include <cstddef>
#include <istream>
#include <string>

#include "domain/export_sink.hpp"
#include "transfer/csv_stream.hpp"
#include "transfer/export_format.hpp"

namespace backcare::transfer {

/// Reads a CSV export record by record: the exact header (of 11 columns, or of format 2's 9 or format 1's
/// 8, without where and sign, and without the time), then a
/// row of fields each; a leading UTF-8 BOM and blank lines are skipped, and a syntax error ends the
/// reading with one refusal. Memory is bounded by the longest record.
void stream_csv_export(std::istream& in, domain::ExportSink& sink, std::size_t buffer_bytes = kCsvBufferBytes);
/// Reads a JSON export (format_version 1, 2 or 3; unknown keys and wrongly typed values are problems) with
/// nlohmann's SAX parser, building one element of "entries" or "routines" at a time; memory bounded by
/// the largest element (or the settings object).
void stream_json_export(std::istream& in, domain::ExportSink& sink);

}  // namespace backcare::transfer

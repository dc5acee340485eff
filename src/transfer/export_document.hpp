#pragma once
#include <string>

#include "transfer/export_files.hpp"

namespace backcare::transfer {

// The export files' text: the writer, beside its readers (export_files.hpp, export_stream.hpp) and the
// checks import and the fuzzers both run (row_checks.hpp).

/// RFC 4180 CSV of the entries under the header kind,date,logged_at,routine,level,reps,minutes,note,
/// CRLF line ends. CSV has no place for routines and settings: JSON carries those.
std::string export_csv(const domain::DiaryExport& data);
/// {"format_version": 1, "entries": [...], "routines": [...], "settings": {...}}, indented, notes exact.
std::string export_json(const domain::DiaryExport& data);

}  // namespace backcare::transfer

#pragma once
#include <string>

#include "domain/export_files.hpp"

namespace backcare::render {

// The export files' text. Reading them back (and checking what was read) is domain's, in
// domain/export_files.hpp, so import and the fuzzers run the same checks.

/// RFC 4180 CSV of the entries under the header kind,date,logged_at,routine,level,reps,minutes,note,
/// CRLF line ends. CSV has no place for routines and settings: JSON carries those.
std::string export_csv(const domain::DiaryExport& data);
/// {"format_version": 1, "entries": [...], "routines": [...], "settings": {...}}, indented, notes exact.
std::string export_json(const domain::DiaryExport& data);

}  // namespace backcare::render

#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "domain/diary_export.hpp"
#include "domain/entry_sink.hpp"
#include "transfer/export_format.hpp"

namespace backcare::transfer {

// The export files' text: the writer, beside its readers (export_stream.hpp) and the
// checks import and the fuzzers both run (row_checks.hpp).

/// Where a writer puts the text, piece by piece (a record, an element), as the entries come: so an export
/// is never held whole, at any size.
using TextOut = std::function<void(std::string_view)>;

/// RFC 4180 CSV of the entries under the header kind,date,time,logged_at,routine,level,reps,minutes,note,
/// where,sign, CRLF line ends. CSV has no place for routines and settings: JSON carries those.
void write_csv_export(const domain::EntrySource& entries, const TextOut& out);
/// {"format_version": 3, "entries": [...], "routines": [...], "settings": {...}}, indented, notes exact;
/// the routines and settings come from `extras`, whose entries are not written.
void write_json_export(const domain::EntrySource& entries, const domain::DiaryExport& extras, const TextOut& out);

/// The same files, of data held whole, as text: for tests and fuzzers.
std::string export_csv(const domain::DiaryExport& data);
std::string export_json(const domain::DiaryExport& data);

}  // namespace backcare::transfer

#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/entry_rows.hpp"
#include "domain/routine.hpp"
#include "domain/row_checks.hpp"

namespace backcare::domain {

/// The JSON layout's version: a reader refuses a file from a newer one rather than guess.
/// 2 carries each entry's clock time; 1 did not, and is still read.
inline constexpr int kExportFormatVersion = 2;

/// Everything an export carries: the entries, the user's own routines and the settings. The files are
/// written by render/export_document.hpp and read back here.
struct DiaryExport {
  std::vector<EntryRow> entries;                ///< in export_order
  std::vector<Routine> routines;                ///< slug, name, kind, dose and retired only
  std::map<std::string, std::string> settings;  ///< stored form
};

/// An export file read back, unchecked: its data, where each entry and routine stands in the file
/// ("line 4", "entry 2", "routine 1"), and what could not be read at all.
struct ReadExport {
  DiaryExport data;
  std::vector<std::string> entry_places;
  std::vector<std::string> routine_places;
  std::vector<Problem> problems;
};

/// Reads a CSV export: the exact header, then 8 fields a row; a leading UTF-8 BOM and blank lines are
/// skipped. A syntax error stops the reading with one problem.
ReadExport read_csv_export(std::string_view text);
/// Reads a JSON export of format_version 1; unknown keys and wrongly typed values are problems.
ReadExport read_json_export(std::string_view text);

/// Checks everything read as import does, appending to read.problems, and puts settings in their stored
/// form. A done row's routine must be one of `known_slugs` (the diary's) or a valid routine of the file.
/// Pure, so the fuzzers run exactly the checks import runs.
void check_export(ReadExport& read, std::set<std::string> known_slugs, Day today);

}  // namespace backcare::domain

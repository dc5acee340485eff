#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/diary_export.hpp"
#include "domain/entry_rows.hpp"
#include "domain/problem.hpp"
#include "domain/routine.hpp"

namespace backcare::transfer {


/// The JSON layout's version: a reader refuses a file from a newer one rather than guess.
/// 2 carries each entry's clock time; 1 did not, and is still read.
inline constexpr int kExportFormatVersion = 2;

// The export files read back; export_document.hpp writes them.

/// An export file read back, unchecked: its data, where each entry and routine stands in the file
/// ("line 4", "entry 2", "routine 1"), and what could not be read at all.
struct ReadExport {
  domain::DiaryExport data;
  std::vector<std::string> entry_places;
  std::vector<std::string> routine_places;
  std::vector<domain::Problem> problems;
};

/// Reads a CSV export: the exact header, then 8 fields a row; a leading UTF-8 BOM and blank lines are
/// skipped. A syntax error stops the reading with one problem.
ReadExport read_csv_export(std::string_view text);
/// Reads a JSON export of format_version 1; unknown keys and wrongly typed values are problems.
ReadExport read_json_export(std::string_view text);

/// Checks everything read as import does, appending to read.problems, and puts settings in their stored
/// form. A done row's routine must be one of `known_slugs` (the diary's) or a valid routine of the file.
/// Pure, so the fuzzers run exactly the checks import runs.
void check_export(ReadExport& read, std::set<std::string> known_slugs, domain::Day today);

}  // namespace backcare::transfer

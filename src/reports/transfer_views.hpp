#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/check_findings.hpp"
#include "domain/import_counts.hpp"

namespace backcare::reports {

/// `export`: the document itself (to stdout), or where it was written.
struct ExportView {
  std::string document;            ///< the whole export when it goes to stdout
  std::optional<std::string> out;  ///< the file written instead
  std::string format;              ///< csv or json
  std::size_t entries = 0, routines = 0, settings = 0;
};

/// `import`: what was added from which file.
struct ImportView {
  std::string file;
  std::string format;
  domain::ImportCounts counts;
};

/// `backup`: the copy written.
struct BackupView {
  std::string file;
  std::uintmax_t bytes = 0;
};

/// `check`: what SQLite's checks found. A result with `failure` set makes the run exit 1 after printing.
struct CheckView {
  domain::CheckFindings findings;
  std::string failure;  ///< empty when the diary is sound
};

}  // namespace backcare::reports

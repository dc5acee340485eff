#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/check_findings.hpp"
#include "domain/diary_export.hpp"
#include "domain/import_counts.hpp"

namespace backcare::views {

/// `export`: what to write, in which format, and where (stdout when `out` is empty).
struct ExportView {
  domain::DiaryExport data;
  std::optional<std::string> out;  ///< the file to write instead of stdout
  std::string format;              ///< csv or json
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

/// `check`: what SQLite's checks found. Damage makes the run exit 1 after printing it.
struct CheckView {
  domain::CheckFindings findings;
};

}  // namespace backcare::views

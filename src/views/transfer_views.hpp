#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/check_findings.hpp"
#include "domain/diary_export.hpp"
#include "domain/entry_sink.hpp"
#include "domain/fhir_head.hpp"
#include "domain/import_counts.hpp"
#include "domain/merge_counts.hpp"
#include "rules/due_now.hpp"

namespace backcare::views {

/// `export`: what to write, in which format, and where (stdout when `out` is empty). The entries are not
/// held: `entries` reads them from the diary as the document is written, so an export of any size fits
/// in a few MiB.
struct ExportView {
  domain::DiaryExport extras;   ///< the routines and settings; no entries
  std::size_t entry_count = 0;  ///< how many `entries` hands over
  domain::EntrySource entries;
  std::optional<std::string> out;  ///< the file to write instead of stdout
  std::string format;              ///< csv, json or fhir
  /// A FHIR Bundle's head (format fhir), and what it got, counted as it is written for the line after it.
  std::optional<domain::FhirBundleHead> fhir;
  std::shared_ptr<domain::FhirCounts> fhir_counts = std::make_shared<domain::FhirCounts>();
};

/// `import`: what was added from which file.
struct ImportView {
  std::string file;
  std::string format;
  domain::ImportCounts counts;
};

/// `merge`: what each file (in the order given) changed in the diary.
struct MergeView {
  std::vector<std::string> files;
  std::vector<domain::MergeCounts> counts;  ///< one per file
  /// The red flags over the diary as merged: a sign or an entry from another device may make them due.
  rules::DueNow due;
};

/// `sync`: the other devices' files merged, then this device's export written over its own file.
struct SyncView {
  std::string folder;
  MergeView merged;
  ExportView exported;  ///< JSON, to `exported.out`
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

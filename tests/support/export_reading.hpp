#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "domain/diary_export.hpp"
#include "domain/export_sink.hpp"
#include "domain/problem.hpp"

namespace backcare::fixtures {

/// An export file as the streaming readers hand it over, collected whole for a test to look at: its data,
/// where each entry and routine stands in the file ("line 4", "entry 2", "routine 1"), and the problems
/// of reading (not of checking: the store's ImportSink checks).
struct ReadExport {
  domain::DiaryExport data;
  std::vector<std::string> entry_places;
  std::vector<std::string> routine_places;
  std::vector<domain::Problem> problems;
};

/// A sink that keeps everything it is handed in a ReadExport; a refusal voids what came before.
class ExportCollector final : public domain::ExportSink {
 public:
  void entry(domain::EntryRow row, std::string place) override;
  void routine(domain::Routine routine, std::string place) override;
  void setting(std::string key, std::string value, domain::Version version) override;
  void tombstone(domain::Tombstone tombstone, std::string place) override;
  void problem(domain::Problem problem) override;
  void refused(domain::Problem why) override;

  /// What was collected; the collector is empty after.
  ReadExport take() { return std::move(read_); }

 private:
  ReadExport read_;
};

/// `text` read by transfer::stream_csv_export. Problems are in file order, as the reader meets them.
ReadExport read_csv_export(std::string_view text);
/// `text` read by transfer::stream_json_export.
ReadExport read_json_export(std::string_view text);

}  // namespace backcare::fixtures

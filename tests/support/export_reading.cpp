#include "support/export_reading.hpp"

#include "transfer/export_stream.hpp"
#include "transfer/view_stream.hpp"

namespace backcare::fixtures {

void ExportCollector::entry(domain::EntryRow row, std::string place) {
  read_.data.entries.push_back(std::move(row));
  read_.entry_places.push_back(std::move(place));
}

void ExportCollector::routine(domain::Routine routine, std::string place) {
  read_.data.routines.push_back(std::move(routine));
  read_.routine_places.push_back(std::move(place));
}

void ExportCollector::setting(std::string key, std::string value, domain::Version version) {
  if (!version.stamp.empty() || !version.device.empty()) read_.data.setting_versions[key] = std::move(version);
  read_.data.settings[key] = std::move(value);
}

void ExportCollector::tombstone(domain::Tombstone tombstone, std::string) {
  read_.data.tombstones.push_back(std::move(tombstone));
}

void ExportCollector::problem(domain::Problem problem) { read_.problems.push_back(std::move(problem)); }

void ExportCollector::refused(domain::Problem why) { read_ = ReadExport{{}, {}, {}, {std::move(why)}}; }

ReadExport read_csv_export(std::string_view text) {
  transfer::ViewStream in(text);
  ExportCollector collector;
  transfer::stream_csv_export(in, collector);
  return collector.take();
}

ReadExport read_json_export(std::string_view text) {
  transfer::ViewStream in(text);
  ExportCollector collector;
  transfer::stream_json_export(in, collector);
  return collector.take();
}

}  // namespace backcare::fixtures

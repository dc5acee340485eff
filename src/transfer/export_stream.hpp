#pragma once
#include <cstddef>
#include <istream>
#include <string>

#include "domain/export_sink.hpp"
#include "transfer/csv_stream.hpp"
#include "transfer/export_files.hpp"

namespace backcare::transfer {


/// Reads a CSV export (see read_csv_export) record by record; memory bounded by the longest record.
void stream_csv_export(std::istream& in, domain::ExportSink& sink, std::size_t buffer_bytes = kCsvBufferBytes);
/// Reads a JSON export (see read_json_export) with nlohmann's SAX parser, building one element of
/// "entries" or "routines" at a time; memory bounded by the largest element (or the settings object).
void stream_json_export(std::istream& in, domain::ExportSink& sink);

/// A sink that keeps everything in a ReadExport: what read_csv_export and read_json_export return.
class ExportCollector final : public domain::ExportSink {
 public:
  void entry(domain::EntryRow row, std::string place) override {
    read_.data.entries.push_back(std::move(row));
    read_.entry_places.push_back(std::move(place));
  }
  void routine(domain::Routine routine, std::string place) override {
    read_.data.routines.push_back(std::move(routine));
    read_.routine_places.push_back(std::move(place));
  }
  void setting(std::string key, std::string value) override { read_.data.settings[key] = std::move(value); }
  void problem(domain::Problem problem) override { read_.problems.push_back(std::move(problem)); }
  void refused(domain::Problem why) override { read_ = ReadExport{{}, {}, {}, {std::move(why)}}; }

  /// What was collected; the collector is empty after.
  ReadExport take() { return std::move(read_); }

 private:
  ReadExport read_;
};

}  // namespace backcare::transfer

#pragma once
#include <cstddef>
#include <istream>
#include <string>

#include "domain/csv_stream.hpp"
#include "domain/export_files.hpp"

namespace backcare::domain {

/// Where a streaming reader hands what it reads, in file order: the data and problems ReadExport holds,
/// one at a time, so that nothing needs the whole file in memory.
class ExportSink {
 public:
  virtual ~ExportSink() = default;
  /// An entry read, with its place in the file: "line 4" (CSV), "entry 2" (JSON).
  virtual void entry(EntryRow row, std::string place) = 0;
  /// One of the user's routines, with its place: "routine 1".
  virtual void routine(Routine routine, std::string place) = 0;
  /// A setting in its stored form.
  virtual void setting(std::string key, std::string value) = 0;
  /// A part of the file that could not be read (a row of 7 fields, a number where text belongs).
  virtual void problem(Problem problem) = 0;
  /// The file as a whole is not an export: a syntax error, a wrong CSV header, a JSON file that is not
  /// an object or lacks a format_version it accepts. Everything handed over before is void, as the
  /// whole-file readers reported this problem alone. Called at most once, and last: some reasons are
  /// known only at the end (a missing format_version), and a syntax error outranks the others.
  virtual void refused(Problem why) = 0;
};

/// Reads a CSV export (see read_csv_export) record by record; memory bounded by the longest record.
void stream_csv_export(std::istream& in, ExportSink& sink, std::size_t buffer_bytes = kCsvBufferBytes);
/// Reads a JSON export (see read_json_export) with nlohmann's SAX parser, building one element of
/// "entries" or "routines" at a time; memory bounded by the largest element (or the settings object).
void stream_json_export(std::istream& in, ExportSink& sink);

/// A sink that keeps everything in a ReadExport: what read_csv_export and read_json_export return.
class ExportCollector final : public ExportSink {
 public:
  void entry(EntryRow row, std::string place) override {
    read_.data.entries.push_back(std::move(row));
    read_.entry_places.push_back(std::move(place));
  }
  void routine(Routine routine, std::string place) override {
    read_.data.routines.push_back(std::move(routine));
    read_.routine_places.push_back(std::move(place));
  }
  void setting(std::string key, std::string value) override { read_.data.settings[key] = std::move(value); }
  void problem(Problem problem) override { read_.problems.push_back(std::move(problem)); }
  void refused(Problem why) override { read_ = ReadExport{{}, {}, {}, {std::move(why)}}; }

  /// What was collected; the collector is empty after.
  ReadExport take() { return std::move(read_); }

 private:
  ReadExport read_;
};

}  // namespace backcare::domain

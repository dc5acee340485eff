#pragma once
#include <string>

#include "domain/entry_rows.hpp"
#include "domain/problem.hpp"
#include "domain/routine.hpp"
#include "domain/version.hpp"

namespace backcare::domain {

/// Where a streaming reader of an export file (transfer/export_stream.hpp) hands what it reads, in file
/// order, one item at a time, so that nothing needs the whole file in memory. The store's import is one.
class ExportSink {
 public:
  virtual ~ExportSink() = default;
  /// An entry read, with its place in the file: "line 4" (CSV), "entry 2" (JSON).
  virtual void entry(EntryRow row, std::string place) = 0;
  /// One of the user's routines, with its place: "routine 1".
  virtual void routine(Routine routine, std::string place) = 0;
  /// A setting in its stored form, with its version ("" each where the file gives none).
  virtual void setting(std::string key, std::string value, Version version) = 0;
  /// A deleted row (JSON format 4), with its place: "tombstone 1".
  virtual void tombstone(Tombstone tombstone, std::string place) = 0;
  /// A part of the file that could not be read (a row of 7 fields, a number where text belongs).
  virtual void problem(Problem problem) = 0;
  /// The file as a whole is not an export: a syntax error, a wrong CSV header, a JSON file that is not
  /// an object or lacks a format_version it accepts. Everything handed over before is void, as the
  /// whole-file readers reported this problem alone. Called at most once, and last: some reasons are
  /// known only at the end (a missing format_version), and a syntax error outranks the others.
  virtual void refused(Problem why) = 0;
};

}  // namespace backcare::domain

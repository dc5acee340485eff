#pragma once
#include <string>
#include <utility>

#include "domain/entry_sink.hpp"
#include "domain/export_sink.hpp"
#include "domain/progress.hpp"

namespace backcare::commands {

/// Hands everything a reader reads on to `next`, counting each entry as a row of `progress`.
class CountingExportSink final : public domain::ExportSink {
 public:
  CountingExportSink(domain::ExportSink& next, domain::Progress& progress) : next_(next), progress_(progress) {}
  void entry(domain::EntryRow row, std::string place) override {
    progress_.row();
    next_.entry(std::move(row), std::move(place));
  }
  void routine(domain::Routine routine, std::string place) override {
    next_.routine(std::move(routine), std::move(place));
  }
  void setting(std::string key, std::string value, domain::Version version) override {
    next_.setting(std::move(key), std::move(value), std::move(version));
  }
  void tombstone(domain::Tombstone tombstone, std::string place) override {
    next_.tombstone(std::move(tombstone), std::move(place));
  }
  void problem(domain::Problem problem) override { next_.problem(std::move(problem)); }
  void refused(domain::Problem why) override { next_.refused(std::move(why)); }

 private:
  domain::ExportSink& next_;
  domain::Progress& progress_;
};

/// Hands each entry of an export on to `next`, counting it as a row of `progress`.
class CountingEntrySink final : public domain::EntrySink {
 public:
  CountingEntrySink(domain::EntrySink& next, domain::Progress& progress) : next_(next), progress_(progress) {}
  void entry(const domain::EntryRow& row) override {
    progress_.row();
    next_.entry(row);
  }

 private:
  domain::EntrySink& next_;
  domain::Progress& progress_;
};

}  // namespace backcare::commands

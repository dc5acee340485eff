#pragma once
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "store/import_entries.hpp"
#include "transfer/export_stream.hpp"
#include "transfer/problem_list.hpp"

namespace backcare::store {

/// Where a streaming reader hands an import file: each entry is checked as it arrives and staged while the
/// file has no problem; past the first problem rows are only checked, to count the problems. Routines and
/// settings, few and small, are kept and checked at the end with the slugs the rows named.
class ImportSink final : public domain::ExportSink {
 public:
  /// `diary_slugs`: the routines the diary holds, retired ones too; `kinds`: the regions and signs rows may
  /// name; `today` as the command line knows it.
  /// `make_routines`: a done row's routine that neither the diary nor the file defines becomes one of hers,
  /// named after its slug, of kind exercise (a CSV file has no place for routines); else it is a problem.
  /// `require_identity`: every entry, routine and setting must carry its identity and version, as a merge
  /// needs (a JSON export of format_version 4 or 5).
  ImportSink(SQLite::Database& db, std::set<std::string> diary_slugs, const domain::EntryPlaceKinds& kinds,
             domain::Day today, StagedEntries& staged, bool make_routines = false, bool require_identity = false);

  void entry(domain::EntryRow row, std::string place) override;
  void routine(domain::Routine routine, std::string place) override;
  void setting(std::string key, std::string value, domain::Version version) override;
  /// Checked, and staged in a temporary table (a file may hold many): see add_tombstones.
  void tombstone(domain::Tombstone tombstone, std::string place) override;
  void problem(domain::Problem problem) override { problems_.add(std::move(problem)); }
  void refused(domain::Problem why) override { refusal_ = std::move(why); }

  /// Ends the reading with the checks only the whole file allows (its settings, the routines its rows
  /// name): the file's problems, none when it can be imported.
  transfer::ProblemList finish();
  /// The file's routines, all valid once finish() found no problem.
  const std::vector<domain::Routine>& routines() const { return routines_; }
  /// The file's settings in their stored form, once finish() found no problem.
  const std::map<std::string, std::string>& settings() const { return settings_; }
  /// Their versions, where the file gave them.
  const std::map<std::string, domain::Version>& setting_versions() const { return setting_versions_; }
  /// How many tombstones the file held.
  int tombstones_read() const { return tombstones_read_; }
  /// The slugs made into routines (see make_routines), in file order; among routines() too.
  const std::vector<std::string>& routines_from_slugs() const { return from_slugs_; }

 private:
  /// Notes a done row naming a routine the diary lacks, with the rank its problem would have.
  void note_slug(const std::string& place, const std::string& slug);
  /// Adds a problem for each noted row whose routine the file did not list either.
  void check_slugs();

  const domain::EntryPlaceKinds& kinds_;
  domain::Day today_;
  StagedEntries& staged_;
  std::set<std::string> diary_slugs_;
  std::set<std::string> file_slugs_;  ///< valid slugs of the file's routines, whatever else is wrong with them
  std::vector<domain::Routine> routines_;
  bool make_routines_ = false;
  bool require_identity_ = false;
  std::vector<std::string> from_slugs_;
  std::size_t routines_read_ = 0;
  int tombstones_read_ = 0;
  std::map<std::string, std::string> settings_;
  std::map<std::string, domain::Version> setting_versions_;
  bool too_many_settings_ = false;
  transfer::ProblemList problems_;
  std::optional<domain::Problem> refusal_;
  std::vector<domain::Problem> found_;  ///< one row's problems, reused
  SQLite::Database& db_;
  /// Done rows naming a routine the diary lacks, by place: checked once the file's routines are known.
  SQLite::Statement note_slug_;
  SQLite::Statement stage_tombstone_;
};

/// Adds the tombstones an import staged whose row the diary neither holds nor has a tombstone of, with
/// their versions, made by `action` at `logged_at`; returns how many. Then drops the staging table.
int add_tombstones(SQLite::Database& db, std::int64_t action, const std::string& logged_at);

}  // namespace backcare::store

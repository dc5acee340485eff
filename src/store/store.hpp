#pragma once
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content/content.hpp"
#include "domain/check_findings.hpp"
#include "domain/daily.hpp"
#include "domain/diary_export.hpp"
#include "domain/entries.hpp"
#include "domain/entry_id.hpp"
#include "domain/entry_sink.hpp"
#include "domain/export_sink.hpp"
#include "domain/import_counts.hpp"
#include "domain/routine.hpp"
#include "domain/settings.hpp"
#include "domain/undone.hpp"
#include "domain/version.hpp"
#include "domain/zone.hpp"
#include "store/import_outcome.hpp"

// Declared only: the connection is Store's own, so no includer of this header sees SQLite.
namespace SQLite {
class Database;
class Transaction;
}

namespace backcare::store {

/// Reads an export file, handing what it reads to the sink: the import takes the reading as this.
using ExportReader = std::function<void(domain::ExportSink&)>;

/// What Store::add_day_tags did with each tag, in the order given.
struct DayTagsAdded {
  std::vector<domain::EntryId> made;   ///< the day's tags written
  std::vector<std::string> added;      ///< their slugs
  std::vector<std::string> already;    ///< the slugs the day carried already as day's tags: not written again
};

/// The diary: the only code that speaks SQL. Every public write is one transaction.
class Store {
 public:
  /// What a command does with the diary: a read opens it read-only, changes nothing, and sees it at one
  /// moment: all its reads run in one read transaction, held until the Store is gone (in WAL mode, the
  /// snapshot of its first read), so two of them never straddle another process's write. A write's
  /// public writes are each one transaction, or all one with lock_for_command().
  enum class Access { read, write };
  /// Opens the diary at `path`; for a write, creating it (directory 0700, file 0600) when missing.
  /// Refuses, without touching it, a file that is not SQLite, belongs to another program or was written
  /// by a newer backcare (StorageError). Migrates and syncs the routine catalogue when needed, for a
  /// read too. Damage is found where it is read (SQLITE_CORRUPT) and in full by check, export, backup,
  /// import and before a migration, not on every open.
  static Store open_file(const std::filesystem::path& path, const content::Content& content,
                         Access access = Access::write);
  /// A new in-memory diary with the real migrations: for tests, and for reads where no diary exists yet.
  static Store open_memory(const content::Content& content);

  /// Movable, not copyable: each Store owns its one connection.
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  /// Makes the rest of a write command one transaction: takes the write lock (BEGIN IMMEDIATE, waiting
  /// up to the busy timeout for another writer) before the command reads what it may change, and holds
  /// it until commit(). Two edits of one entry at once then run one after the other, and neither is
  /// lost. Without commit(), everything written since is rolled back when the Store goes.
  void lock_for_command();
  /// Commits what was written since lock_for_command(); later writes are each their own transaction
  /// again. A no-op without the lock.
  void commit();
  /// Commits, runs `wait` without holding the write lock (a check-in waits minutes for her answers, while
  /// another terminal or device may write), then takes the lock again.
  void release_while(const std::function<void()>& wait);
  /// The wall clock the diary's version stamps read (issue 28): the command's now, read once by main
  /// (BACKCARE_TODAY fixes it). Unset, the system clock's at each change.
  void set_wall_clock(date::sys_seconds now) { now_ = now; }

  /// Logs one pain rating, one undo step. These three return the ids of the entries made, in order.
  std::vector<domain::EntryId> add_pain(const domain::PainEntry& entry);
  /// Records one sign, one undo step.
  std::vector<domain::EntryId> add_sign(const domain::SignEntry& entry);
  /// Tags days (issue 29), one undo step: each tag a day does not already carry as a day's tag.
  DayTagsAdded add_day_tags(const std::vector<domain::DayTag>& tags);
  /// Takes `slugs` off `day`, one undo step: its days' tags of them are deleted (tombstones left) and
  /// they are taken out of its entries' tags (an edit). Returns how many days' tags and entries changed.
  int remove_tags(domain::Day day, const std::vector<std::string>& slugs, const std::string& logged_at);
  /// UserError, with nothing written, when a completion names a routine the diary lacks.
  std::vector<domain::EntryId> add_completions(const std::vector<domain::Completion>& completions);
  /// An evening check-in: the pain entry and the routines done, one transaction and one undo step.
  std::vector<domain::EntryId> add_checkin(const domain::PainEntry& entry,
                                           const std::vector<domain::Completion>& completions);
  /// Sets `key` to a normalised value, or unsets it on nullopt, remembering the old value for undo.
  void set_setting(const std::string& key, const std::optional<std::string>& value, const std::string& logged_at);
  /// Adds the user's own routine after all others; UserError when its slug is taken.
  void add_routine(const domain::Routine& routine, const std::string& logged_at);
  /// Gives a routine of her own `changed`'s name, kind and dose, keeping the old ones for undo; returns the
  /// routine as it was. UserError when there is no such routine, or it is one of the article's.
  domain::Routine edit_routine(const domain::Routine& changed, const std::string& logged_at);
  /// Takes an active routine out of use, keeping its entries; UserError when there is no such routine.
  void retire_routine(const std::string& slug, const std::string& logged_at);
  /// Brings a retired routine back into use; UserError when there is no such retired routine.
  void unretire_routine(const std::string& slug, const std::string& logged_at);
  /// Replaces the pain entry of the same id with `changed`, keeping the old one for undo. UserError when
  /// there is no such entry.
  void edit_pain(const domain::PainEntry& changed);
  /// The same for a routine done; UserError too when its slug names no routine.
  void edit_completion(const domain::Completion& changed);
  /// The same for a sign.
  void edit_sign(const domain::SignEntry& changed);
  /// The same for a day's tag.
  void edit_day_tag(const domain::DayTag& changed);
  /// Deletes the entries, keeping them for undo; UserError, with nothing deleted, when one is missing.
  void delete_entries(const std::vector<domain::EntryId>& ids, const std::string& logged_at);
  /// Reverses the most recent command that wrote; nullopt when there is none.
  std::optional<domain::UndoneAction> undo_last();
  /// Imports the file `read` hands to the sink it is given (stream_csv_export or stream_json_export over
  /// the file), in one transaction and bounded memory: each row is checked as it arrives (days against
  /// `today`) and staged. With any problem nothing is written and the outcome lists them. Else it adds
  /// the user routines and settings the diary lacks (a setting it has is never changed), then the entries
  /// it does not already hold (see StagedEntries), their local time derived in `zone` where the file has
  /// none. One step of `undo`, logged at `logged_at`, when it added anything.
  /// `unknown`: what a done row naming a routine neither the diary nor the file defines means. A CSV
  /// cannot carry routines, so for it each such slug becomes a routine of hers (routines_from_slugs).
  enum class UnknownSlugs { refuse, make_routines };
  ImportOutcome import(const ExportReader& read, const domain::Zone& zone, domain::Day today,
                       const std::string& logged_at, UnknownSlugs unknown = UnknownSlugs::refuse);
  /// The same for data already in memory and checked; UserError when it has a problem.
  domain::ImportCounts import(const domain::DiaryExport& data, const domain::Zone& zone, const std::string& logged_at);

  /// Merges JSON exports of format_version 4 or 5 (from her other devices), in order, in one transaction and one
  /// undo step: for every row (entry, sign, routine of hers by slug, setting by key) the version with the
  /// later stamp is kept (the device id breaks a tie); a later tombstone deletes; a later edit after a
  /// delete brings the row back. Each file is checked as import checks it, and every row must carry its
  /// identity; with any problem nothing is written and the outcome names the file. The clock moves up to
  /// the latest stamp seen. Derived data (day roll-ups) follow from the rows, by the schema's triggers.
  MergeOutcome merge(const std::vector<ExportReader>& files, const domain::Zone& zone, domain::Day today,
                     const std::string& logged_at);

  /// The pain entry with this row id, if there is one.
  std::optional<domain::PainEntry> pain_entry(std::int64_t id) const;
  /// The routine done with this row id, if there is one.
  std::optional<domain::Completion> completion_entry(std::int64_t id) const;
  /// The sign with this row id, if there is one.
  std::optional<domain::SignEntry> sign_entry(std::int64_t id) const;
  /// The day's tag with this row id, if there is one.
  std::optional<domain::DayTag> day_tag_entry(std::int64_t id) const;
  /// When the entry of this id was deleted here (ISO 8601 UTC), if it was and is still gone.
  std::optional<std::string> deleted_at(domain::EntryId id) const;
  /// The catalogue, article routines first in article order; user routines carry name, kind and dose only.
  std::vector<domain::Routine> routines(bool include_retired) const;
  /// The settings as stored, by key; a key that is unset is absent.
  std::map<std::string, std::string> setting_values() const;
  /// The settings parsed, with the defaults where unset.
  domain::Settings settings() const;
  /// The pain entries of the days in `range`, by day and time logged.
  std::vector<domain::PainEntry> pain_between(domain::DateRange range) const;
  /// The completions of the days in `range`, by day and time logged.
  std::vector<domain::Completion> completions_between(domain::DateRange range) const;
  /// The signs of the days in `range`, by day and time logged.
  std::vector<domain::SignEntry> signs_between(domain::DateRange range) const;
  /// The days' tags of the days in `range`, by day and time logged.
  std::vector<domain::DayTag> day_tags_between(domain::DateRange range) const;
  /// The tags `day` carries, as a day's tags or on its entries, each once, in slug order.
  std::vector<std::string> tags_on(domain::Day day) const;
  /// Every tag the diary holds, on a day or on an entry, each once, in slug order (issue 29).
  std::vector<std::string> tags_in_use() const;
  /// How many days of `range` (all days: nullopt) carry each tag, as a day's tag or on an entry.
  std::map<std::string, int> tag_days(std::optional<domain::DateRange> range) const;
  /// Each day of `range` that holds pain entries, with its figures, oldest first.
  std::vector<domain::DailyPain> daily_pain(domain::DateRange range) const;
  /// The daily figures of the first week, from the diary's start, whose number of logged days `fits`,
  /// counting days up to `up_to`; empty when none does. Reads only as far as that week.
  std::vector<domain::DailyPain> first_week_where(bool (*fits)(int days_logged), domain::WeekStart start,
                                                  domain::Day up_to) const;
  /// The same for the latest such week up to `up_to`, reading back from it.
  std::vector<domain::DailyPain> last_week_where(bool (*fits)(int days_logged), domain::WeekStart start,
                                                 domain::Day up_to) const;
  /// Each routine's run of days in a row done, ending today when it was done today, else yesterday;
  /// routines without one are absent. Reads back only as far as the longest run.
  std::map<std::string, int> runs_up_to(domain::Day today) const;
  /// The last day up to and including `up_to` on which each routine was done.
  std::map<std::string, domain::Day> last_done(domain::Day up_to) const;
  /// The first day holding any entry.
  std::optional<domain::Day> first_entry_day() const;
  /// Completions counted per day and routine, by day then slug.
  std::vector<domain::DailyCompletions> daily_completions(domain::DateRange range) const;
  /// What an export writes beside its entries: every user routine and every setting, with no entries.
  /// Checks the whole diary first: an export is where damage would spread to another file.
  domain::DiaryExport read_export_extras() const;
  /// How many entries export_entries hands over.
  std::size_t count_entries(std::optional<domain::DateRange> range = std::nullopt) const;
  /// Hands every entry to `sink` in export order as it is read, so an export of any size is written in
  /// bounded memory (within a read's one transaction, the same entries count_entries counted).
  /// With `range`, only the entries of its days.
  void export_entries(domain::EntrySink& sink, std::optional<domain::DateRange> range = std::nullopt) const;
  /// Every entry (in export order), every user routine and every setting, held whole: for tests.
  domain::DiaryExport read_all() const;

  /// Copies the diary to `target` with SQLite's online backup API: one consistent snapshot, even while
  /// another process writes. The copy is made beside `target` (mode 0600), passes quick_check, and is then
  /// renamed over `target`, so `target` is never half a copy. A stale -wal, -shm or -journal at `target`
  /// is removed first, and a `target` another program has open is refused (clear_companions). Returns
  /// its size in bytes. StorageError on failure, with nothing left behind (an SQLite error is worded by
  /// run_translating_faults).
  std::uintmax_t backup_to(const std::filesystem::path& target) const;
  /// Runs PRAGMA integrity_check and PRAGMA foreign_key_check. Reads only. A check that cannot run at
  /// all (a badly damaged file) is itself a finding, not an exception.
  domain::CheckFindings check() const;
  /// The errno of the last file operation that failed (sqlite3_system_errno): tells the file size limit
  /// (EFBIG) from other I/O errors, which SQLite words alike.
  int last_system_errno() const;
  /// This diary's own device id (issue 28), made with it.
  std::string device() const;
  /// The diary file's path, "" in memory.
  std::string path() const;
  /// True when open_file made this diary: the file was new (or empty) and this open gave it its first
  /// schema. The first use of a diary, which app/ welcomes once.
  bool created() const { return created_; }
  /// True when `path` is the diary's file or its -wal, -shm or -journal companion, which an export or a
  /// backup written there would destroy; a companion whether it exists now or not, since SQLite makes
  /// them as it needs them, and takes whatever file has the name for its own (a -journal is deleted by
  /// the next open).
  bool holds_file(const std::filesystem::path& path) const;

 private:
  explicit Store(std::unique_ptr<SQLite::Database> db);
  /// open_file, with SQLite's errors as they come.
  static Store open_file_unguarded(const std::filesystem::path& path, const content::Content& content, Access access);
  /// Begins the one transaction a command holds (see Access).
  void hold(Access access);
  /// Migrates and syncs the catalogue; true when it made a new diary (its first migration).
  bool prepare(const content::Content& content);
  /// Ticks the diary's clock, then notes the command for undo; every row it changes takes that stamp.
  std::int64_t record_action(const std::string& command, const std::string& logged_at);
  /// The wall clock in milliseconds since 1970 (see set_wall_clock).
  std::int64_t wall_millis() const;
  /// The wall clock as ISO 8601 UTC, as logged_at is written.
  std::string wall_text() const;
  void set_retired(const std::string& slug, bool retired, const std::string& logged_at);

  std::unique_ptr<SQLite::Database> db_;
  /// The command's one transaction on db_ (see Access); declared after it, so it ends first (ROLLBACK
  /// unless committed).
  std::unique_ptr<SQLite::Transaction> held_;
  bool writing_ = false;
  bool created_ = false;
  std::optional<date::sys_seconds> now_;
  /// The regions and signs of the content it was opened with, which an import checks its rows against.
  domain::EntryPlaceKinds place_kinds_;
  /// The starter tags of that content (issue 29): an import names only the other tags it brings as new.
  std::vector<std::string> starter_tags_;
};

}  // namespace backcare::store

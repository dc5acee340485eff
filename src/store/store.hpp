#pragma once
#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content/content.hpp"
#include "domain/entries.hpp"
#include "domain/routine.hpp"
#include "domain/settings.hpp"

namespace backcare::store {

/// What `undo` reversed, so the command can say so.
struct UndoneAction {
  std::string command;  ///< pain, done, config, routine-add, routine-retire
  std::vector<domain::PainEntry> pain;
  std::vector<domain::Completion> done;
  std::string setting_key;
  std::optional<std::string> setting_restored;  ///< the value put back; nullopt = unset again
  std::string routine_slug;
};

/// The figures of one day's pain entries.
struct DailyPain {
  domain::Day day;
  double mean = 0;
  int max = 0;
  int entries = 0;
};

/// How many times a routine was logged on one day.
struct DailyCompletions {
  domain::Day day;
  std::string slug;
  int count = 0;
};

/// The diary: the only code that speaks SQL. Every public write is one transaction.
class Store {
 public:
  /// Opens the diary at `path`, creating it (directory 0700, file 0600) when missing. Refuses, without
  /// touching it, a file that is not SQLite, belongs to another program or was written by a newer
  /// backcare (StorageError). Migrates and syncs the routine catalogue when needed.
  static Store open_file(const std::filesystem::path& path, const content::Content& content);
  /// A new in-memory diary with the real migrations, for tests.
  static Store open_memory(const content::Content& content);

  void add_pain(const domain::PainEntry& entry);
  void add_completions(const std::vector<domain::Completion>& completions);
  /// An evening check-in: the pain entry and the routines done, one transaction and one undo step.
  void add_checkin(const domain::PainEntry& entry, const std::vector<domain::Completion>& completions);
  void set_setting(const std::string& key, const std::optional<std::string>& value, const std::string& logged_at);
  void add_routine(const domain::Routine& routine, const std::string& logged_at);
  void retire_routine(const std::string& slug, const std::string& logged_at);
  /// Reverses the most recent command that wrote; nullopt when there is none.
  std::optional<UndoneAction> undo_last();

  /// The catalogue, article routines first in article order; user routines carry name, kind and dose only.
  std::vector<domain::Routine> routines(bool include_retired) const;
  std::map<std::string, std::string> setting_values() const;
  domain::Settings settings() const;
  std::vector<domain::PainEntry> pain_between(domain::DateRange range) const;
  std::vector<domain::Completion> completions_between(domain::DateRange range) const;
  std::vector<DailyPain> daily_pain(domain::DateRange range) const;
  /// The last day up to and including `up_to` on which each routine was done.
  std::map<std::string, domain::Day> last_done(domain::Day up_to) const;
  /// The first day holding any entry.
  std::optional<domain::Day> first_entry_day() const;
  /// Completions counted per day and routine, by day then slug.
  std::vector<DailyCompletions> daily_completions(domain::DateRange range) const;
  /// The figures of the latest day up to and including `up_to` that holds pain entries.
  std::optional<DailyPain> latest_daily_pain(domain::Day up_to) const;

  SQLite::Database& database() { return *db_; }

 private:
  explicit Store(std::unique_ptr<SQLite::Database> db);
  void prepare(const content::Content& content);
  std::int64_t record_action(const std::string& command, const std::string& logged_at);
  void insert_pain(const domain::PainEntry& entry, std::int64_t action);
  void insert_completions(const std::vector<domain::Completion>& completions, std::int64_t action);

  std::unique_ptr<SQLite::Database> db_;
};

}  // namespace backcare::store

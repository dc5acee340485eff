#include "store/backup.hpp"

#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>

#include <cerrno>
#include <chrono>
#include <thread>

#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "store/check.hpp"
#include "store/companions.hpp"
#include "store/files.hpp"
#include "store/private_file.hpp"
#include "store/store.hpp"

namespace backcare::store {
namespace {

/// How long a copy waits for a lock held by another connection before giving up.
constexpr int kBusyRetries = 500;
constexpr auto kBusyPause = std::chrono::milliseconds(20);

/// Copies every page in one step, so the copy is one snapshot; retries while the source is locked.
void copy_pages(SQLite::Database& source, SQLite::Database& copy) {
  SQLite::Backup backup(copy, source);
  for (int attempt = 0;; ++attempt) {
    const int result = backup.executeStep(-1);
    if (result == SQLITE_DONE) return;
    if (attempt == kBusyRetries) throw StorageError("the diary stayed locked by another process; try again");
    std::this_thread::sleep_for(kBusyPause);
  }
}

/// A failure to write the copy, naming where it was going. SQLite says SQLITE_FULL for ENOSPC, and an
/// I/O error with EFBIG underneath for a file size limit (`ulimit -f`): both mean the copy did not fit.
StorageError copy_failed(const std::filesystem::path& target, const SQLite::Exception& error, int system_error) {
  const auto where = domain::quoted_path(target.string());
  if ((error.getErrorCode() & 0xff) == SQLITE_FULL || system_error == ENOSPC || system_error == EFBIG) {
    return StorageError("cannot back up the diary: no space left on the disk of " + where);
  }
  return StorageError("cannot back up the diary to " + where + ": " + error.what());
}

void fill_copy(SQLite::Database& source, const std::filesystem::path& file, const std::filesystem::path& target) {
  SQLite::Database copy(file.string(), SQLite::OPEN_READWRITE);
  std::string verdict;
  try {
    copy_pages(source, copy);
    // The copy is in WAL mode like the diary, so checking it makes a -shm file: that can fail too.
    verdict = damage_found(copy);
  } catch (const SQLite::Exception& error) {
    if (is_damage(error)) throw;  // the diary's own damage, worded as every read words it
    throw copy_failed(target, error, sqlite3_system_errno(copy.getHandle()));
  }
  if (!verdict.empty()) throw StorageError("the copy failed its check (" + verdict + "); the diary itself was not changed");
}

/// See Store::backup_to.
std::uintmax_t copy_database(SQLite::Database& source, const std::filesystem::path& named) {
  const auto target = through_links(named);  // a link to a file: that file gets the copy, the link stays
  // Gone when this ends, with the files SQLite makes beside it while writing (a journal a failed write
  // leaves behind, a WAL), on every path. The copy's connection is closed before the rename, so none
  // of those holds unsaved pages.
  PrivateFile copy(target);
  fill_copy(source, copy.path(), target);
  clear_companions(target);  // as late as can be: a stale WAL left there would be replayed onto the copy
  copy.commit();
  std::error_code error;
  const auto size = std::filesystem::file_size(target, error);
  return error ? 0 : size;
}

}  // namespace

std::uintmax_t Store::backup_to(const std::filesystem::path& target) const {
  // A backup of a damaged diary would look like a good one until the day it is needed.
  refuse_if_damaged(*db_, db_->getFilename());
  return copy_database(*db_, target);
}

bool Store::holds_file(const std::filesystem::path& path) const {
  const std::string diary = db_->getFilename();
  if (same_file(path, diary)) return true;  // a link to it too: same_file follows it
  for (const char* suffix : kCompanionSuffixes) {
    if (same_file(path, diary + suffix)) return true;
  }
  return false;
}

std::filesystem::path pre_migration_copy_path(const std::filesystem::path& db, int version) {
  return db.string() + ".before-v" + std::to_string(version) + ".bak";
}

std::filesystem::path copy_before_migration(SQLite::Database& db, int version) {
  const char* name = sqlite3_db_filename(db.getHandle(), "main");
  if (name == nullptr || *name == '\0') return {};  // in memory: nothing to lose
  const auto target = pre_migration_copy_path(name, version);
  // The first copy is the diary as it was: a run killed between two migrations leaves it half
  // migrated, and the next run's copy of that must not take its place.
  std::error_code error;
  if (!std::filesystem::exists(std::filesystem::symlink_status(target, error))) copy_database(db, target);
  return target;
}

}  // namespace backcare::store

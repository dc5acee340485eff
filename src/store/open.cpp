#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "store/backup.hpp"
#include "store/catalogue_sync.hpp"
#include "store/check.hpp"
#include "store/companions.hpp"
#include "store/faults.hpp"
#include "store/store.hpp"

namespace backcare::store {
namespace {

/// Written into the file header so that a backcare diary is told apart from other SQLite files.
constexpr int kApplicationId = 0x42434152;  // "BCAR"
constexpr int kBusyTimeoutMs = 10000;
/// One thread uses a connection, so SQLite's own locking of every call (a mutex taken and released per
/// step and per column) is pure cost: 17% of a `trend --all` at 50 years.
constexpr int kOpenFlags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;

std::string errno_text() { return std::strerror(errno); }

/// Creates missing parent directories 0700 and an empty file 0600 (SQLite accepts an empty file as a
/// new database), so the diary is private from its first byte.
void create_private_file(const std::filesystem::path& path) {
  const auto parent = path.parent_path();
  std::error_code error;
  if (!parent.empty() && !std::filesystem::exists(parent, error)) {
    std::filesystem::path built;
    for (const auto& part : parent) {
      built /= part;
      if (std::filesystem::exists(built, error)) continue;
      if (::mkdir(built.c_str(), 0700) != 0 && errno != EEXIST) {
        throw StorageError("cannot create the directory " + domain::quoted_path(built.string()) + ": " + errno_text());
      }
    }
  }
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST) {
    throw StorageError("cannot create the diary " + domain::quoted_path(path.string()) + ": " + errno_text());
  }
  if (fd >= 0) {
    ::fchmod(fd, 0600);  // the umask may have taken bits away; never added any
    ::close(fd);
  }
}

int pragma_int(SQLite::Database& db, const char* name) {
  return db.execAndGet(std::string("PRAGMA ") + name).getInt();
}

/// Refuses files that backcare must not change. Reads only: nothing is written before this passes.
int check_ownership(SQLite::Database& db, const std::string& path, int latest_version) {
  int version = 0;
  int application = 0;
  int objects = 0;
  try {
    // One statement, so one snapshot: read apart, another process's first migration could commit in
    // between, and its tables would seem to belong to another program.
    SQLite::Statement query(db,
                            "SELECT (SELECT user_version FROM pragma_user_version), "
                            "(SELECT application_id FROM pragma_application_id), (SELECT count(*) FROM sqlite_master)");
    query.executeStep();
    version = query.getColumn(0).getInt();
    application = query.getColumn(1).getInt();
    objects = query.getColumn(2).getInt();
  } catch (const SQLite::Exception& e) {
    throw_if_out_of_room(path, e, sqlite3_system_errno(db.getHandle()));  // even a read sizes the -shm file
    throw StorageError(unreadable_message(path, e));
  }
  if ((version == 0 && objects > 0) || (version > 0 && application != kApplicationId)) {
    throw StorageError(domain::quoted_path(path) + " is an SQLite file of another program, not a backcare diary; it was left untouched");
  }
  if (version > latest_version) {
    throw StorageError(domain::quoted_path(path) + " was written by a newer backcare (schema " + std::to_string(version) +
                       ", this one knows up to " + std::to_string(latest_version) +
                       "); it was left untouched: update backcare to open it");
  }
  return version;
}

/// WAL lets a reader and a writer work at once. Switching a new diary to it needs the file to itself, and
/// SQLite then answers "locked" at once instead of waiting when another process has it open (two first
/// runs at once), so the switch is retried within the busy timeout.
void enable_wal(SQLite::Database& db) {
  constexpr int kPauseMs = 10;
  for (int waited = 0;; waited += kPauseMs) {
    try {
      db.exec("PRAGMA journal_mode = WAL");
      return;
    } catch (const SQLite::Exception& e) {
      if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || waited >= kBusyTimeoutMs) throw;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(kPauseMs));
  }
}

/// A migration that rebuilds a table others point at (0004 rebuilds action) must not let the DROP set
/// their references to NULL: SQLite's documented procedure runs it with foreign keys off and checks them
/// before the commit. The pragma is a no-op inside a transaction, so it is switched around the loop.
void check_foreign_keys(SQLite::Database& db, int version) {
  SQLite::Statement violations(db, "PRAGMA foreign_key_check");
  if (violations.executeStep()) {
    throw StorageError("migration " + std::to_string(version) + " would leave a reference to a missing row in table " +
                       violations.getColumn(0).getString() + "; the diary was left as it was");
  }
}

/// Applies the migrations the diary lacks; true when it applied the first, that is, made a new diary.
bool migrate(SQLite::Database& db) {
  const auto all = content::migrations();
  const int current = pragma_int(db, "user_version");
  // A diary that holds data is checked, then copied beside itself, before a migration changes it, so a
  // failed or regretted upgrade loses nothing and damage is not carried into the new schema. A new diary
  // (version 0) has nothing to lose.
  if (current >= 1 && current < all.back().version) {
    refuse_if_damaged(db, db.getFilename());
    copy_before_migration(db, all.back().version);
  }
  db.exec("PRAGMA foreign_keys = OFF");
  bool made = false;
  for (const auto& migration : all) {
    if (pragma_int(db, "user_version") >= migration.version) continue;
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Another process may have migrated while this one waited for the lock.
    if (pragma_int(db, "user_version") >= migration.version) continue;
    db.exec(std::string(migration.sql));
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(migration.version));
    check_foreign_keys(db, migration.version);
    transaction.commit();
    made = made || migration.version == 1;
  }
  db.exec("PRAGMA foreign_keys = ON");
  return made;
}

}  // namespace

bool Store::prepare(const content::Content& content) {
  const bool made = migrate(*db_);  // leaves foreign keys on
  sync_catalogue(*db_, content);
  return made;
}

Store Store::open_file(const std::filesystem::path& path, const content::Content& content, Access access) {
  std::optional<Store> store;
  run_translating_faults([&] { store.emplace(open_file_unguarded(path, content, access)); }, nullptr, path.string());
  return std::move(*store);
}

Store Store::open_file_unguarded(const std::filesystem::path& path, const content::Content& content, Access access) {
  const int latest = content::migrations().back().version;
  make_companions_writable(path);  // left read-only by an earlier read of a read-only diary
  if (access == Access::read) {
    // A read changes nothing: no journal switch, no catalogue sync, and query_only refuses any write.
    // Not SQLITE_OPEN_READONLY: such a connection may not remove the -wal and -shm files it needs, and
    // each read would leave them beside the diary.
    Store store(std::make_unique<SQLite::Database>(path.string(), kOpenFlags, kBusyTimeoutMs));
    store.place_kinds_ = {content.region_kinds(), content.sign_kinds()};
  for (const auto& tag : content.tags) store.starter_tags_.push_back(tag.slug);
    for (const auto& tag : content.tags) store.starter_tags_.push_back(tag.slug);
    store.hold(Access::read);  // before the first read, so the checks below read the snapshot the command will
    const int version = check_ownership(*store.db_, path.string(), latest);
    make_companions_writable(path);  // the first read made them, with the diary's mode: maybe read-only
    if (version == latest && catalogue_current(*store.db_, content)) {
      store.db_->exec("PRAGMA query_only = 1");
      return store;
    }
    // Behind this binary (an older schema or content): migrated once, as a write would.
  }
  create_private_file(path);
  auto db = std::make_unique<SQLite::Database>(path.string(), kOpenFlags, kBusyTimeoutMs);
  check_ownership(*db, path.string(), latest);
  Store store(std::move(db));
  store.place_kinds_ = {content.region_kinds(), content.sign_kinds()};
  for (const auto& tag : content.tags) store.starter_tags_.push_back(tag.slug);
  try {
    // FULL sync keeps a committed entry through a power cut.
    enable_wal(*store.db_);
    store.db_->exec("PRAGMA synchronous = FULL");
    // Another process opening a new diary at the same moment waits for this one's first migration, so
    // only one of them made it.
    store.created_ = store.prepare(content);
  } catch (const SQLite::Exception& e) {
    throw_if_out_of_room(path.string(), e, store.last_system_errno());  // the first migration, say
    throw;
  }
  if (access == Access::read) store.hold(access);
  return store;
}

std::string Store::path() const { return db_->getFilename(); }

Store Store::open_memory(const content::Content& content) {
  std::optional<Store> store;
  run_translating_faults([&] {
    store.emplace(Store(std::make_unique<SQLite::Database>(":memory:", kOpenFlags | SQLITE_OPEN_CREATE)));
    store->prepare(content);
    store->place_kinds_ = {content.region_kinds(), content.sign_kinds()};
    for (const auto& tag : content.tags) store->starter_tags_.push_back(tag.slug);
  });
  return std::move(*store);
}

}  // namespace backcare::store

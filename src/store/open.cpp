#include <SQLiteCpp/Transaction.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "domain/errors.hpp"
#include "store/catalogue_sync.hpp"
#include "store/store.hpp"

namespace backcare::store {
namespace {

/// Written into the file header so that a backcare diary is told apart from other SQLite files.
constexpr int kApplicationId = 0x42434152;  // "BCAR"
constexpr int kBusyTimeoutMs = 10000;

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
        throw StorageError("cannot create the directory " + built.string() + ": " + errno_text());
      }
    }
  }
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST) {
    throw StorageError("cannot create the diary " + path.string() + ": " + errno_text());
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
void check_ownership(SQLite::Database& db, const std::string& shown_path, int latest_version) {
  int version = 0;
  int application = 0;
  int objects = 0;
  try {
    version = pragma_int(db, "user_version");
    application = pragma_int(db, "application_id");
    objects = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
  } catch (const SQLite::Exception& e) {
    throw StorageError(shown_path + " is not a backcare diary (" + e.what() + "); it was left untouched");
  }
  if ((version == 0 && objects > 0) || (version > 0 && application != kApplicationId)) {
    throw StorageError(shown_path + " is an SQLite file of another program, not a backcare diary; it was left untouched");
  }
  if (version > latest_version) {
    throw StorageError(shown_path + " was written by a newer backcare (schema " + std::to_string(version) +
                       ", this one knows up to " + std::to_string(latest_version) +
                       "); it was left untouched: update backcare to open it");
  }
}

void migrate(SQLite::Database& db) {
  for (const auto& migration : content::migrations()) {
    if (pragma_int(db, "user_version") >= migration.version) continue;
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Another process may have migrated while this one waited for the lock.
    if (pragma_int(db, "user_version") >= migration.version) continue;
    db.exec(std::string(migration.sql));
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(migration.version));
    transaction.commit();
  }
}

}  // namespace

Store::Store(std::unique_ptr<SQLite::Database> db) : db_(std::move(db)) {}

void Store::prepare(const content::Content& content) {
  db_->exec("PRAGMA foreign_keys = ON");
  migrate(*db_);
  sync_catalogue(*db_, content);
}

Store Store::open_file(const std::filesystem::path& path, const content::Content& content) {
  create_private_file(path);
  auto db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE, kBusyTimeoutMs);
  const int latest = content::migrations().back().version;
  check_ownership(*db, path.string(), latest);
  // WAL lets a reader and a writer work at once; FULL sync keeps a committed entry through a power cut.
  db->exec("PRAGMA journal_mode = WAL");
  db->exec("PRAGMA synchronous = FULL");
  Store store(std::move(db));
  store.prepare(content);
  return store;
}

Store Store::open_memory(const content::Content& content) {
  Store store(std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
  store.prepare(content);
  return store;
}

}  // namespace backcare::store

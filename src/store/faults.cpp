#include "store/faults.hpp"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include "domain/errors.hpp"
#include "store/check.hpp"
#include "store/companions.hpp"
#include "store/store.hpp"

namespace backcare::store {
namespace {

StorageError unusable(const SQLite::Exception& error) {
  return StorageError(std::string("the diary could not be used: ") + error.what());
}

}  // namespace

void run_translating_faults(const std::function<void()>& work, const Store* store, const std::string& path) {
  try {
    work();
  } catch (const SQLite::Exception& error) {
    // No open scans the whole file, so damage is met where a read reaches it.
    if (is_damage(error)) throw StorageError(unreadable_message(path, error));
    if ((error.getErrorCode() & 0xff) == SQLITE_READONLY) throw StorageError(read_only_message(path));
    if (store) throw_if_out_of_room(path, error, store->last_system_errno());
    throw unusable(error);
  }
}

void run_translating_faults(const std::function<void()>& work) {
  try {
    work();
  } catch (const SQLite::Exception& error) {
    throw unusable(error);
  }
}

}  // namespace backcare::store

#pragma once
#include <functional>
#include <string>

namespace backcare::store {

class Store;

// SQLite's errors stay inside the store: these run work that reaches the diary and turn an SQLite error
// it meets into a StorageError in words, so no code outside store/ names SQLiteCpp. Other exceptions
// (UserError, StorageError, bad_alloc) pass through unchanged.

/// Runs a command's work on the diary at `path` (`store` null when the command opened none). Damage met
/// by any read (SQLITE_CORRUPT, SQLITE_NOTADB) is worded as the open's refusal is; a write that found no
/// room (a full disk, the file size limit) says so, while the connection can still tell which; any other
/// SQLite error: "the diary could not be used: …".
void run_translating_faults(const std::function<void()>& work, const Store* store, const std::string& path);

/// Runs other work on the diary (opening it, reading its settings): an SQLite error becomes "the diary
/// could not be used: …".
void run_translating_faults(const std::function<void()>& work);

}  // namespace backcare::store

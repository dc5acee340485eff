#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace backcare::store {

/// SQLite makes a diary's -wal and -shm with the diary file's own mode, so reading a diary that is not
/// writable (0400, say) leaves read-only companions behind, and once the diary is writable again every
/// write fails ("attempt to write a readonly database") while check finds nothing wrong. Gives her own
/// companions of `diary` read and write for her (0600); another user's are never touched.
void make_companions_writable(const std::filesystem::path& diary);

/// A -wal or -shm beside `diary` that she may not write (another user's, as one made by root is): SQLite
/// then cannot open the diary for writing, or at all. Worded with the fix; nullopt when there is none.
std::optional<std::string> companion_problem(const std::filesystem::path& diary);

/// Why a write to `diary` was refused as read-only, naming the file at fault and the fix.
std::string read_only_message(const std::filesystem::path& diary);

}  // namespace backcare::store

#pragma once
#include <array>
#include <filesystem>
#include <optional>
#include <string>

namespace backcare::store {

/// The files SQLite keeps beside a database, named by the suffix added to its path: the write-ahead log,
/// its shared-memory index, and the rollback journal (made and removed within one write).
inline constexpr std::array<const char*, 3> kCompanionSuffixes = {"-wal", "-shm", "-journal"};

/// Readies `target` for a diary file to be put there. SQLite takes the -wal, -journal and -shm beside a
/// database as its own, whatever file now has the name: a stale WAL of a diary once at `target` (a
/// writer killed there) would be replayed onto the new copy at its next open, and damage it. So they are
/// removed, when no process has `target` open with SQLite; when one has, StorageError says so and
/// nothing is changed. "Open" is told by SQLite's own locks (POSIX record locks, seen with F_GETLK): a
/// WAL connection holds one on the -shm while it is open, any connection one on the file while it
/// reads or writes. Nothing is opened with SQLite, so the file at `target` is not touched.
void clear_companions(const std::filesystem::path& target);

/// SQLite makes a diary's -wal and -shm (and a -journal) with the diary file's own mode, so reading a
/// diary that is not writable (0400, say) leaves read-only companions behind, and once the diary is
/// writable again every write fails ("attempt to write a readonly database") while check finds nothing
/// wrong. Gives her own companions of `diary` read and write for her (0600); another user's are never
/// touched.
void make_companions_writable(const std::filesystem::path& diary);

/// A -wal, -shm or -journal beside `diary` that she may not write (another user's, as one made by root is): SQLite
/// then cannot open the diary for writing, or at all. Worded with the fix; nullopt when there is none.
std::optional<std::string> companion_problem(const std::filesystem::path& diary);

/// Why a write to `diary` was refused as read-only, naming the file at fault and the fix.
std::string read_only_message(const std::filesystem::path& diary);

}  // namespace backcare::store

#pragma once
#include <filesystem>

namespace backcare::store {

/// Readies `target` for a diary file to be put there. SQLite takes the -wal, -journal and -shm beside a
/// database as its own, whatever file now has the name: a stale WAL of a diary once at `target` (a
/// writer killed there) would be replayed onto the new copy at its next open, and damage it. So they are
/// removed, when no process has `target` open with SQLite; when one has, StorageError says so and
/// nothing is changed. "Open" is told by SQLite's own locks (POSIX record locks, seen with F_GETLK): a
/// WAL connection holds one on the -shm while it is open, any connection one on the file while it
/// reads or writes. Nothing is opened with SQLite, so the file at `target` is not touched.
void clear_companions(const std::filesystem::path& target);

}  // namespace backcare::store

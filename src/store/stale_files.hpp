#pragma once
#include <filesystem>
#include <string>

namespace backcare::store {

// backcare's temporary files are named .<target>.backcare-<host>.tmp-XXXXXX, and each writer holds a
// lock (flock) on its own while it lives. A writer killed outright (SIGKILL, a power cut) cannot remove
// its file; the next backcare that writes to the same folder does, unless a live writer still holds it.
// Only files with this machine's host name are candidates: in a folder that a file-sync tool shares
// with another machine, that machine's writer may be alive, and no lock of ours can tell.

/// This machine's host name as a file name can carry it ("unknown-host" when it cannot be read).
const std::string& host_name();

/// True when `fd` is still the file named `path`: a file is unlinked only with its lock taken on that
/// very file, and a new one is used only when no sweep took it between its creation and its lock.
bool still_named(int fd, const std::filesystem::path& path);

/// The mkstemp pattern of a temporary file beside `target`, in `directory`.
std::string temporary_pattern(const std::filesystem::path& directory, const std::filesystem::path& target);

/// Removes, in `directory`, the temporary files of this host's backcare that no live process holds,
/// with the -journal, -wal and -shm SQLite may have left beside them. Best effort: a file that cannot
/// be opened or removed is left as it is.
void sweep_stale_temporaries(const std::filesystem::path& directory);

}  // namespace backcare::store

#pragma once
#include <csignal>
#include <filesystem>

namespace backcare::store {

// The temporary files this process is writing, for main's handler of SIGINT, SIGTERM and SIGHUP: a
// Ctrl-C in the middle of an export must not leave a hidden partial copy of her health data behind.

/// Remembers `path` until forget_live_file(slot); returns the slot, or -1 when none is free or the
/// path is too long to keep (the file is then left to the next writer's sweep, see stale_files.hpp).
int remember_live_file(const std::filesystem::path& path);
void forget_live_file(int slot);

/// Unlinks every remembered file and the -journal, -wal and -shm SQLite may have made beside it.
/// Async-signal-safe: it only reads fixed buffers and calls unlink.
void remove_live_files() noexcept;

/// The signals whose handler calls remove_live_files: SIGINT, SIGTERM and SIGHUP.
inline constexpr int kCleanupSignals[] = {SIGINT, SIGTERM, SIGHUP};

/// Holds those signals back while it lives, so that one arriving between creating a file and
/// remembering it is handled after, and finds the file remembered.
class DeferredSignals {
 public:
  DeferredSignals();
  ~DeferredSignals();
  DeferredSignals(const DeferredSignals&) = delete;
  DeferredSignals& operator=(const DeferredSignals&) = delete;

 private:
  sigset_t previous_;
};

}  // namespace backcare::store

#pragma once
#include <filesystem>

namespace backcare::store {

/// A new, empty temporary file mode 0600 beside `target` (in its directory), for a copy that is renamed
/// over `target` once complete. While it lives it is locked (flock) and remembered for
/// remove_live_files, so neither a Ctrl-C nor a killed writer leaves it behind (see live_files.hpp and
/// stale_files.hpp, whose sweep of the folder runs first). Gone with its SQLite companions when this
/// ends, unless committed. StorageError when it cannot be made.
class PrivateFile {
 public:
  explicit PrivateFile(const std::filesystem::path& target);
  ~PrivateFile();
  PrivateFile(const PrivateFile&) = delete;
  PrivateFile& operator=(const PrivateFile&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// Open for writing; the one that holds the lock.
  int fd() const { return fd_; }

  /// Flushes the file to disk, renames it over the target and flushes the directory, so the rename
  /// survives a power cut. Removes the file and throws StorageError on failure, or when the target has
  /// become a special file (special_file_kind) since the command checked it.
  void commit();

 private:
  std::filesystem::path target_, path_;
  int fd_ = -1;
  int slot_ = -1;
  bool committed_ = false;
};

}  // namespace backcare::store

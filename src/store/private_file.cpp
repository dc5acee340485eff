#include "store/private_file.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "store/companions.hpp"
#include "store/files.hpp"
#include "store/live_files.hpp"
#include "store/stale_files.hpp"

namespace backcare::store {
namespace {

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path) {
  throw StorageError("cannot " + what + " " + domain::quoted_path(path.string()) + ": " + std::strerror(errno));
}

std::filesystem::path directory_of(const std::filesystem::path& path) {
  return path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
}

void sync_directory(const std::filesystem::path& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // the rename is done; a directory that cannot be opened cannot be synced either
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

PrivateFile::PrivateFile(const std::filesystem::path& target) : target_(target) {
  const auto directory = directory_of(target);
  sweep_stale_temporaries(directory);
  const DeferredSignals deferred;  // a Ctrl-C between making the file and remembering it would leave it
  for (int attempt = 0; attempt < 10; ++attempt) {
    std::string pattern = temporary_pattern(directory, target);
    fd_ = ::mkstemp(pattern.data());  // mode 0600 from its first byte
    if (fd_ < 0) fail("create a file beside", target);
    if (::flock(fd_, LOCK_EX) != 0) ::unlink(pattern.c_str());
    else if (still_named(fd_, pattern)) {
      path_ = pattern;
      slot_ = remember_live_file(path_);
      return;
    }
    ::close(fd_);
  }
  errno = EAGAIN;
  fail("create a file beside", target);
}

PrivateFile::~PrivateFile() {
  for (const char* suffix : kCompanionSuffixes) ::unlink((path_.string() + suffix).c_str());
  if (!committed_) ::unlink(path_.c_str());
  forget_live_file(slot_);  // after the unlink: a signal in between unlinks nothing more
  ::close(fd_);  // the lock goes last
}

void PrivateFile::commit() {
  // Checked again just before the rename: a FIFO made since the command's check would be replaced.
  if (const auto kind = special_file_kind(target_)) {
    throw StorageError("cannot write " + domain::quoted_path(target_.string()) + ": it has become " + *kind);
  }
  if (::fsync(fd_) != 0 || ::rename(path_.c_str(), target_.c_str()) != 0) fail("write", target_);
  committed_ = true;
  sync_directory(directory_of(target_));
}

}  // namespace backcare::store

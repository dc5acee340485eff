#include "store/companions.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"

namespace backcare::store {
namespace {

/// True when another process holds a record lock on any byte of `file`. Such locks are per process: this
/// one holds none on a file that is not its diary, so closing the descriptor releases nothing.
bool locked_elsewhere(const std::filesystem::path& file) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return false;
  struct flock query {};
  query.l_type = F_WRLCK;
  query.l_whence = SEEK_SET;  // l_start 0, l_len 0: the whole file, past its end too (SQLite locks at 1 GiB)
  const bool held = ::fcntl(fd, F_GETLK, &query) == 0 && query.l_type != F_UNLCK;
  ::close(fd);
  return held;
}

}  // namespace

void clear_companions(const std::filesystem::path& target) {
  const std::string base = target.string();
  if (locked_elsewhere(target) || locked_elsewhere(base + "-shm")) {
    throw StorageError("cannot replace " + domain::quoted_path(base) +
                       ": another program has it open as a database; close that program, or choose another file");
  }
  for (const char* suffix : {"-wal", "-journal", "-shm"}) {
    const auto companion = base + suffix;
    if (::unlink(companion.c_str()) != 0 && errno != ENOENT) {
      throw StorageError("cannot remove the stale " + domain::quoted_path(companion) + " beside " +
                         domain::quoted_path(base) + ": " + std::strerror(errno));
    }
  }
}

}  // namespace backcare::store

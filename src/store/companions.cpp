#include "store/companions.hpp"

#include <fcntl.h>
#include <sys/stat.h>
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

bool writable(const std::filesystem::path& path) { return ::access(path.c_str(), W_OK) == 0; }

}  // namespace

void clear_companions(const std::filesystem::path& target) {
  const std::string base = target.string();
  if (locked_elsewhere(target) || locked_elsewhere(base + "-shm")) {
    throw StorageError("cannot replace " + domain::quoted_path(base) +
                       ": another program has it open as a database; close that program, or choose another file");
  }
  for (const char* suffix : kCompanionSuffixes) {
    const auto companion = base + suffix;
    if (::unlink(companion.c_str()) != 0 && errno != ENOENT) {
      throw StorageError("cannot remove the stale " + domain::quoted_path(companion) + " beside " +
                         domain::quoted_path(base) + ": " + std::strerror(errno));
    }
  }
}

void make_companions_writable(const std::filesystem::path& diary) {
  for (const char* suffix : kCompanionSuffixes) {
    const auto companion = diary.string() + suffix;
    struct stat info {};
    // lstat: a symlink is not followed, and neither is a file of another user's changed.
    if (::lstat(companion.c_str(), &info) != 0 || !S_ISREG(info.st_mode) || info.st_uid != ::geteuid()) continue;
    if ((info.st_mode & 0600) != 0600) ::chmod(companion.c_str(), 0600);
  }
}

std::optional<std::string> companion_problem(const std::filesystem::path& diary) {
  for (const char* suffix : kCompanionSuffixes) {
    const auto companion = diary.string() + suffix;
    std::error_code error;
    if (std::filesystem::exists(companion, error) && !writable(companion)) {
      return domain::quoted_path(companion) + ", a file SQLite keeps beside the diary, is read-only for you (made by "
             "another user?), so nothing was written; with no backcare running, remove it: rm " +
             domain::quoted_path(companion);
    }
  }
  return std::nullopt;
}

std::string read_only_message(const std::filesystem::path& diary) {
  const auto shown = domain::quoted_path(diary.string());
  if (!writable(diary)) {
    return "the diary " + shown + " is read-only for you, so nothing was written; to write to it: chmod u+w " + shown;
  }
  const auto folder = diary.parent_path().empty() ? std::filesystem::path(".") : diary.parent_path();
  if (!writable(folder)) {
    return "the folder of the diary " + shown + " is read-only for you, and a write needs a file beside the diary; "
           "to write to it: chmod u+w " + domain::quoted_path(folder.string());
  }
  if (auto problem = companion_problem(diary)) return *problem;
  return "the diary " + shown + " could not be written (SQLite found it read-only); nothing was written";
}

}  // namespace backcare::store

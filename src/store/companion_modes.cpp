#include "store/companion_modes.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include "domain/terminal_text.hpp"

namespace backcare::store {
namespace {

/// The files SQLite keeps beside a diary in WAL mode; a -journal is made and removed within one write.
constexpr const char* kCompanions[] = {"-wal", "-shm"};

bool writable(const std::filesystem::path& path) { return ::access(path.c_str(), W_OK) == 0; }

}  // namespace

void make_companions_writable(const std::filesystem::path& diary) {
  for (const char* suffix : kCompanions) {
    const auto companion = diary.string() + suffix;
    struct stat info {};
    // lstat: a symlink is not followed, and neither is a file of another user's changed.
    if (::lstat(companion.c_str(), &info) != 0 || !S_ISREG(info.st_mode) || info.st_uid != ::geteuid()) continue;
    if ((info.st_mode & 0600) != 0600) ::chmod(companion.c_str(), 0600);
  }
}

std::optional<std::string> companion_problem(const std::filesystem::path& diary) {
  for (const char* suffix : kCompanions) {
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

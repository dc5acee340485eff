#include "store/stale_files.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <climits>
#include <vector>

#include "store/companions.hpp"

namespace backcare::store {
namespace {

/// A long target name is cut in the temporary one, which must stay within NAME_MAX (255) bytes with
/// the host name, the random part and SQLite's "-journal".
constexpr std::size_t kTargetNameRoom = 100;
constexpr std::size_t kRandomPart = 6;  // mkstemp's XXXXXX

std::string marker() { return ".backcare-" + host_name() + ".tmp-"; }

/// What a name in the folder is to the sweep: one of this host's temporary files, one of the files
/// SQLite made beside one (then `base` is that file's name), or neither.
enum class NameKind { other, temporary, companion };
NameKind kind_of(const std::string& name, const std::string& mark, std::string& base) {
  const auto at = name.rfind(mark);
  if (name.empty() || name[0] != '.' || at == std::string::npos) return NameKind::other;
  const auto end = at + mark.size() + kRandomPart;
  if (name.size() == end) return NameKind::temporary;
  for (const char* suffix : kCompanionSuffixes) {
    if (name.size() > end && name.compare(end, std::string::npos, suffix) == 0) {
      base = name.substr(0, end);
      return NameKind::companion;
    }
  }
  return NameKind::other;
}

/// Removes `path` when no process holds its lock: the lock dies with its writer. The lock is taken on
/// the file that is unlinked (same inode), and held while unlinking it.
void remove_if_unheld(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return;  // another user's, say: not ours to remove
  if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && still_named(fd, path)) {
    ::unlink(path.c_str());
    for (const char* suffix : kCompanionSuffixes) ::unlink((path.string() + suffix).c_str());
  }
  ::close(fd);
}

}  // namespace

bool still_named(int fd, const std::filesystem::path& path) {
  struct stat opened {}, named {};
  return ::fstat(fd, &opened) == 0 && ::lstat(path.c_str(), &named) == 0 && opened.st_ino == named.st_ino &&
         opened.st_dev == named.st_dev;
}

const std::string& host_name() {
  static const std::string name = [] {
    std::array<char, HOST_NAME_MAX + 1> text{};
    if (::gethostname(text.data(), text.size() - 1) != 0 || text[0] == '\0') return std::string("unknown-host");
    std::string safe(text.data());
    for (char& c : safe) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.') c = '_';
    }
    return safe;
  }();
  return name;
}

std::string temporary_pattern(const std::filesystem::path& directory, const std::filesystem::path& target) {
  const auto name = target.filename().string().substr(0, kTargetNameRoom);
  return (directory / ("." + name + marker() + std::string(kRandomPart, 'X'))).string();
}

void sweep_stale_temporaries(const std::filesystem::path& directory) {
  const auto mark = marker();
  std::vector<std::string> temporaries, companions;
  std::error_code error;
  // Names first, then removals: a directory read while it changes may skip or repeat entries.
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    std::string base;
    const auto name = entry.path().filename().string();
    const auto kind = kind_of(name, mark, base);
    if (kind == NameKind::temporary) temporaries.push_back(name);
    if (kind == NameKind::companion) companions.push_back(name);
  }
  for (const auto& name : temporaries) remove_if_unheld(directory / name);
  // Left by a writer killed after its file was gone: without that file they hold nothing of use.
  for (const auto& name : companions) {
    std::string base;
    kind_of(name, mark, base);
    if (!std::filesystem::exists(std::filesystem::symlink_status(directory / base, error))) {
      ::unlink((directory / name).c_str());
    }
  }
}

}  // namespace backcare::store

#include "store/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"

namespace backcare::store {
namespace {

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path) {
  throw StorageError("cannot " + what + " " + domain::quoted_path(path.string()) + ": " + std::strerror(errno));
}

std::filesystem::path directory_of(const std::filesystem::path& path) {
  return path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
}

/// Writes all of `text`, retrying short writes; false with errno set on failure.
bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const auto written = ::write(fd, text.data(), text.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    text.remove_prefix(std::size_t(written));
  }
  return true;
}

/// Closes a file descriptor when it goes out of scope.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

void sync_directory(const std::filesystem::path& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // the rename is done; a directory that cannot be opened cannot be synced either
  ::fsync(fd);
  ::close(fd);
}

/// A file type as a message names it; "" for a regular file.
std::string type_name(std::filesystem::file_type type) {
  using Type = std::filesystem::file_type;
  switch (type) {
    case Type::regular: return "";
    case Type::directory: return "a directory";
    case Type::fifo: return "a FIFO (named pipe)";
    case Type::character: return "a character device";
    case Type::block: return "a block device";
    case Type::socket: return "a socket";
    default: return "something other than a regular file";
  }
}

/// True when `path`, or a link on the way to its file, lies in /proc: /dev/stdout, /dev/fd/1 and
/// /proc/self/fd/1 name a process's open file, and a rename would replace the link, not write the file.
bool names_an_open_file(std::filesystem::path path) {
  for (int hop = 0; hop < 40; ++hop) {  // as many links as the kernel follows
    std::error_code error;
    const auto folder = std::filesystem::weakly_canonical(std::filesystem::absolute(path, error).parent_path(), error);
    if (!error && (folder == "/proc" || folder.string().starts_with("/proc/"))) return true;
    if (!std::filesystem::is_symlink(path, error)) return false;
    const auto target = std::filesystem::read_symlink(path, error);
    if (error) return false;
    path = target.is_absolute() ? target : path.parent_path() / target;
  }
  return false;
}

}  // namespace

std::optional<std::string> special_file_kind(const std::filesystem::path& path) {
  std::error_code error;
  const auto own = std::filesystem::symlink_status(path, error);
  if (!std::filesystem::exists(own)) return std::nullopt;
  if (names_an_open_file(path)) return "a link to a process's open file, as /dev/stdout is";
  const auto followed = std::filesystem::status(path, error);
  // A symlink to nothing is replaced, as a missing file is created: neither holds anything else.
  if (!std::filesystem::exists(followed)) return std::nullopt;
  const auto kind = type_name(followed.type());
  if (kind.empty()) return std::nullopt;
  return std::filesystem::is_symlink(own) ? "a symlink to " + kind : kind;
}

std::filesystem::path private_file_beside(const std::filesystem::path& target) {
  std::string pattern = (directory_of(target) / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());  // mode 0600 from its first byte
  if (fd < 0) fail("create a file beside", target);
  ::close(fd);
  return pattern;
}

void commit_file(const std::filesystem::path& file, const std::filesystem::path& target) {
  // Checked again just before the rename: a FIFO made since the command's check would be replaced.
  if (const auto kind = special_file_kind(target)) {
    ::unlink(file.c_str());
    throw StorageError("cannot write " + domain::quoted_path(target.string()) + ": it has become " + *kind);
  }
  const Descriptor fd{::open(file.c_str(), O_RDONLY | O_CLOEXEC)};
  if (fd.fd < 0 || ::fsync(fd.fd) != 0 || ::rename(file.c_str(), target.c_str()) != 0) {
    const int error = errno;
    ::unlink(file.c_str());
    errno = error;
    fail("write", target);
  }
  sync_directory(directory_of(target));
}

void write_file_atomically(const std::filesystem::path& target, std::string_view text) {
  write_file_atomically(target, [text](const TextOut& put) { put(text); });
}

void write_file_atomically(const std::filesystem::path& target, const std::function<void(const TextOut&)>& write) {
  // Big enough that a million small pieces make few system calls, small beside the 32 MiB an export may use.
  constexpr std::size_t kBufferBytes = std::size_t(1) << 16;
  const auto file = private_file_beside(target);
  {
    const Descriptor fd{::open(file.c_str(), O_WRONLY | O_CLOEXEC)};
    std::string buffer;
    bool written = fd.fd >= 0;
    const auto flush = [&] {
      written = written && write_all(fd.fd, buffer);
      buffer.clear();
    };
    try {
      write([&](std::string_view piece) {
        buffer += piece;
        if (buffer.size() >= kBufferBytes) flush();
      });
    } catch (...) {
      ::unlink(file.c_str());
      throw;
    }
    flush();
    if (!written) {
      const int error = errno;
      ::unlink(file.c_str());
      errno = error;
      fail("write", target);
    }
  }
  commit_file(file, target);
}

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
  std::error_code error;
  return std::filesystem::equivalent(a, b, error) && !error;
}

}  // namespace backcare::store

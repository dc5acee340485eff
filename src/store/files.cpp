#include "store/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "store/private_file.hpp"

namespace backcare::store {
namespace {

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

std::filesystem::path through_links(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_symlink(path, error) || !std::filesystem::is_regular_file(path, error)) return path;
  const auto target = std::filesystem::canonical(path, error);
  return error ? path : target;
}

void write_file_atomically(const std::filesystem::path& target, std::string_view text) {
  write_file_atomically(target, [text](const TextOut& put) { put(text); });
}

void write_file_atomically(const std::filesystem::path& target, const std::function<void(const TextOut&)>& write) {
  // Big enough that a million small pieces make few system calls, small beside the 32 MiB an export may use.
  constexpr std::size_t kBufferBytes = std::size_t(1) << 16;
  // The temporary file beside the file a link points at, so the rename stays within its file system.
  PrivateFile file(through_links(target));
  std::string buffer;
  int cause = 0;  // the errno of the first write that failed; later pieces are dropped
  const auto flush = [&] {
    if (cause == 0 && !write_all(file.fd(), buffer)) cause = errno;
    buffer.clear();
  };
  write([&](std::string_view piece) {
    buffer += piece;
    if (buffer.size() >= kBufferBytes) flush();
  });
  flush();
  if (cause != 0) {
    throw StorageError("cannot write " + domain::quoted_path(target.string()) + ": " + std::strerror(cause));
  }
  file.commit();
}

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
  std::error_code error;
  if (std::filesystem::equivalent(a, b, error) && !error) return true;  // a hard link too
  // A name not there yet is compared by where it would be: its folder, links followed, and its name.
  const auto place = [](const std::filesystem::path& path) {
    std::error_code ignored;
    return std::filesystem::weakly_canonical(std::filesystem::absolute(path, ignored), ignored);
  };
  return place(a) == place(b);
}

}  // namespace backcare::store

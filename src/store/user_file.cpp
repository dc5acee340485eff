#include "store/user_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"

namespace backcare::store {
namespace {

[[noreturn]] void cannot_read(const std::filesystem::path& path, const std::string& why) {
  throw UserError("cannot read " + domain::quoted_path(path.string()) + ": " + why);
}

[[noreturn]] void too_large(const std::filesystem::path& path, std::size_t limit) {
  throw UserError(domain::quoted_path(path.string()) + " is larger than " + std::to_string(limit >> 20) +
                  " MiB: accepted a backcare export");
}

/// The open file, refused as the constructor says.
int open_checked(const std::filesystem::path& path, std::size_t limit) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat info {};
  if (fd < 0 || ::fstat(fd, &info) != 0) {
    const int error = errno;
    if (fd >= 0) ::close(fd);
    cannot_read(path, std::strerror(error));
  }
  if (S_ISDIR(info.st_mode) || (S_ISREG(info.st_mode) && std::size_t(info.st_size) > limit)) {
    ::close(fd);
    if (S_ISDIR(info.st_mode)) cannot_read(path, "it is a directory; accepted a file");
    too_large(path, limit);
  }
  return fd;
}

}  // namespace

UserFile::UserFile(const std::filesystem::path& path, std::size_t limit)
    : path_(path), fd_(open_checked(path_, limit)), buffer_(fd_, path_, limit), stream_(&buffer_) {
  stream_.exceptions(std::ios::badbit);
}

UserFile::~UserFile() { ::close(fd_); }

UserFile::Buffer::int_type UserFile::Buffer::underflow() {
  for (;;) {
    const auto got = ::read(fd_, bytes_.data(), bytes_.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) cannot_read(path_, std::strerror(errno));
    if (got == 0) return traits_type::eof();
    read_ += std::size_t(got);
    if (read_ > limit_) too_large(path_, limit_);
    setg(bytes_.data(), bytes_.data(), bytes_.data() + got);
    return traits_type::to_int_type(bytes_[0]);
  }
}

}  // namespace backcare::store

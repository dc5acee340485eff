#pragma once
#include <array>
#include <cstddef>
#include <filesystem>
#include <istream>
#include <streambuf>

namespace backcare::store {

/// A file the user named, open for reading as a stream through a fixed buffer, so that reading it
/// costs no more memory for a large file than a small one. The constructor throws UserError when the
/// file is missing, unreadable, a directory, or larger than `limit` bytes; so does reading, when a read
/// fails or the file (a pipe, say, whose size is not known) turns out larger. The stream rethrows those
/// errors rather than just failing, so a reader cannot take a cut-off file for the whole.
class UserFile {
 public:
  UserFile(const std::filesystem::path& path, std::size_t limit);
  ~UserFile();
  UserFile(const UserFile&) = delete;
  UserFile& operator=(const UserFile&) = delete;

  std::istream& stream() { return stream_; }

 private:
  class Buffer : public std::streambuf {
   public:
    Buffer(int fd, const std::filesystem::path& path, std::size_t limit) : fd_(fd), path_(path), limit_(limit) {}

   protected:
    int_type underflow() override;

   private:
    int fd_;
    const std::filesystem::path& path_;
    std::size_t limit_;
    std::size_t read_ = 0;
    std::array<char, std::size_t(1) << 16> bytes_{};
  };

  std::filesystem::path path_;
  int fd_;
  Buffer buffer_;
  std::istream stream_;
};

}  // namespace backcare::store

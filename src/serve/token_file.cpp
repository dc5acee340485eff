#include "serve/token_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "serve/guard.hpp"

namespace backcare::serve {
namespace {

constexpr std::size_t kTokenDigits = 32;

bool well_formed(const std::string& token) {
  return token.size() == kTokenDigits && token.find_first_not_of("0123456789abcdef") == std::string::npos;
}

[[noreturn]] void fail(const std::filesystem::path& file, const std::string& what, int cause) {
  throw StorageError("cannot " + what + " " + domain::quoted_path(file.string()) + ": " + std::strerror(cause));
}

/// Made with O_EXCL, 0600 from the start: never a moment when another user could read it.
std::string make_token(const std::filesystem::path& file) {
  const std::string token = random_secret();
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) fail(file, "make", errno);
  const std::string line = token + "\n";
  const bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
  const int cause = errno;  // before close and unlink may change it
  ::close(fd);
  if (!written) {
    // Nothing partial left: a cut token would be refused at every start after this one.
    ::unlink(file.c_str());
    fail(file, "write", cause ? cause : EIO);
  }
  return token;
}

}  // namespace

std::string serve_token(const std::filesystem::path& folder) {
  const auto file = folder / "serve-token";
  std::ifstream in(file);
  if (!in) return make_token(file);
  std::string token;
  std::getline(in, token);
  if (!well_formed(token)) {
    throw StorageError(domain::quoted_path(file.string()) + " does not hold a token of 32 hexadecimal digits: remove it and "
                       "a new one is made (the old link then stops working)");
  }
  ::chmod(file.c_str(), 0600);  // kept private even if its mode was changed
  return token;
}

}  // namespace backcare::serve

#include "store/new_uuid.hpp"

#include <sqlite3.h>
#include <sys/random.h>

#include <array>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <random>

namespace backcare::store {
namespace {

/// The kernel's random bytes, drawn a page at a time: one system call per 256 UUIDs.
class RandomPool {
 public:
  std::uint8_t next() {
    if (used_ == bytes_.size()) refill();
    return bytes_[used_++];
  }

 private:
  void refill() {
    std::size_t got = 0;
    while (got < bytes_.size()) {
      const auto n = getrandom(bytes_.data() + got, bytes_.size() - got, 0);
      if (n > 0) got += std::size_t(n);
      else if (n < 0 && errno != EINTR) break;
    }
    // No getrandom (a kernel before 3.17): the C++ library's own source of randomness.
    if (got < bytes_.size()) {
      std::random_device device;
      for (std::size_t i = got; i < bytes_.size(); ++i) bytes_[i] = std::uint8_t(device());
    }
    used_ = 0;
  }

  std::array<std::uint8_t, 4096> bytes_{};
  std::size_t used_ = bytes_.size();
};

void sql_new_uuid(sqlite3_context* context, int, sqlite3_value**) {
  const auto uuid = new_uuid();
  sqlite3_result_text(context, uuid.data(), int(uuid.size()), SQLITE_TRANSIENT);
}

}  // namespace

std::string new_uuid() {
  static RandomPool pool;
  std::array<std::uint8_t, 16> bytes{};
  for (auto& byte : bytes) byte = pool.next();
  bytes[6] = std::uint8_t((bytes[6] & 0x0f) | 0x40);  // version 4
  bytes[8] = std::uint8_t((bytes[8] & 0x3f) | 0x80);  // the RFC 4122 variant
  constexpr std::string_view digits = "0123456789abcdef";
  std::string text;
  text.reserve(36);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text += '-';
    text += digits[bytes[i] >> 4];
    text += digits[bytes[i] & 15];
  }
  return text;
}

void add_new_uuid_function(SQLite::Database& db) {
  // Not deterministic: each call gives another UUID.
  db.createFunction("new_uuid", 0, false, nullptr, sql_new_uuid);
}

}  // namespace backcare::store

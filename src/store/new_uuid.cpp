#include "store/new_uuid.hpp"

#include <sqlite3.h>
#include <sys/random.h>

#include <array>
#include <chrono>
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

std::uint64_t wall_clock_millis() {
  using namespace std::chrono;
  return std::uint64_t(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

}  // namespace

TimeOrder next_order(TimeOrder last, std::uint64_t now, std::uint32_t random_start) {
  if (now > last.millis) return {now, random_start & 0x7ff};
  if (last.counter < 0xfff) return {last.millis, last.counter + 1};
  return {last.millis + 1, 0};
}

std::string new_uuid() {
  static RandomPool pool;
  static TimeOrder last;
  std::array<std::uint8_t, 16> bytes{};
  for (auto& byte : bytes) byte = pool.next();
  last = next_order(last, wall_clock_millis() & 0xffffffffffffULL, std::uint32_t(bytes[6]) << 8 | bytes[7]);
  for (int i = 0; i < 6; ++i) bytes[std::size_t(i)] = std::uint8_t(last.millis >> (40 - 8 * i));
  bytes[6] = std::uint8_t(0x70 | (last.counter >> 8));  // version 7, the counter's high 4 bits
  bytes[7] = std::uint8_t(last.counter);
  bytes[8] = std::uint8_t((bytes[8] & 0x3f) | 0x80);  // the RFC 9562 variant
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

#include "store/file_uuids.hpp"

#include <algorithm>

namespace backcare::store {
namespace {

int hex_value(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

constexpr std::string_view kHexDigits = "0123456789abcdef";

}  // namespace

void FileUuids::add(std::string_view uuid) {
  Bits bits{};
  std::size_t digits = 0;
  for (const char c : uuid) {
    if (c == '-' || digits == 32) continue;
    auto& half = bits[digits++ / 16];
    half = half << 4 | std::uint64_t(hex_value(c));
  }
  seen_.push_back(bits);
}

std::optional<std::string> FileUuids::repeated() {
  std::sort(seen_.begin(), seen_.end());
  const auto twice = std::adjacent_find(seen_.begin(), seen_.end());
  if (twice == seen_.end()) return std::nullopt;
  std::string text;
  for (std::size_t digit = 0; digit < 32; ++digit) {
    if (digit == 8 || digit == 12 || digit == 16 || digit == 20) text += '-';
    text += kHexDigits[((*twice)[digit / 16] >> (60 - 4 * (digit % 16))) & 15];
  }
  return text;
}

}  // namespace backcare::store

#include "domain/version.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>

namespace backcare::domain {
namespace {

bool is_hex_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

template <typename Number>
std::optional<Number> digits_of(std::string_view text) {
  if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  Number value{};
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

}  // namespace

std::string format_stamp(Stamp stamp) { return fmt::format("{:013d}-{:04d}", stamp.millis, stamp.counter); }

std::optional<Stamp> parse_stamp(std::string_view text) {
  if (text.size() != 18 || text[13] != '-') return std::nullopt;
  const auto millis = digits_of<std::int64_t>(text.substr(0, 13));
  const auto counter = digits_of<int>(text.substr(14));
  if (!millis || !counter) return std::nullopt;
  return Stamp{*millis, *counter};
}

Stamp next_stamp(Stamp last, std::int64_t wall_millis) {
  if (wall_millis > last.millis) return {wall_millis, 0};
  // The wall clock stands at or behind the last reading (set back, or many changes in one millisecond):
  // the clock goes on from its own reading.
  if (last.counter < kMaxStampCounter) return {last.millis, last.counter + 1};
  return {last.millis + 1, 0};
}

bool is_uuid(std::string_view text) {
  constexpr std::array<std::size_t, 4> kDashes = {8, 13, 18, 23};
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool dash = std::find(kDashes.begin(), kDashes.end(), i) != kDashes.end();
    if (dash ? text[i] != '-' : !is_hex_digit(text[i])) return false;
  }
  return true;
}

bool is_device(std::string_view text) {
  return !text.empty() && text.size() <= 32 && std::all_of(text.begin(), text.end(), is_hex_digit);
}

}  // namespace backcare::domain

#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <streambuf>

namespace backcare::transfer {

/// The longest JSON string the streaming reader takes: 16 times the longest an export writes (a note of
/// 1,000 characters of 4 bytes, escaped).
inline constexpr std::size_t kJsonMaxStringBytes = std::size_t(64) << 10;
/// The longest JSON number it takes: an export writes four digits at most, and a double needs 24.
inline constexpr std::size_t kJsonMaxNumberBytes = 64;

/// A stream buffer passing another's bytes through unchanged, that throws TooLong once a JSON string runs
/// past `max` bytes, or a number past kJsonMaxNumberBytes. nlohmann's lexer holds a token whole (a string
/// twice) before the parser hands it on, and quotes a bad number whole in its message: this keeps a file
/// of one huge value from costing more memory, time or message than one of many rows.
class JsonStringLimit final : public std::streambuf {
 public:
  struct TooLong {
    bool number = false;  ///< a number, not a string
  };

  JsonStringLimit(std::streambuf& source, std::size_t max) : source_(source), max_(max) {}

 protected:
  int_type underflow() override {
    const auto got = source_.sgetn(bytes_.data(), std::streamsize(bytes_.size()));
    if (got <= 0) return traits_type::eof();
    scan(bytes_.data(), bytes_.data() + got);
    setg(bytes_.data(), bytes_.data(), bytes_.data() + got);
    return traits_type::to_int_type(bytes_[0]);
  }

 private:
  /// Follows strings through escapes (a quote after a backslash does not end one) and counts their
  /// bytes; outside them, counts the characters a number is made of (a literal's e too, which keeps its
  /// run short). A string's bytes are passed over in a run up to its next quote or backslash: every byte
  /// of a file goes through here, most of them inside strings.
  void scan(const char* at, const char* const end) {
    while (at != end) {
      if (!in_string_) {
        const char c = *at++;
        if (!is_number_char(c)) {
          in_string_ = c == '"';
          length_ = 0;
        } else if (++length_ > kJsonMaxNumberBytes) {
          throw TooLong{true};
        }
      } else if (escaped_) {
        escaped_ = false;
        count(1);
        ++at;
      } else {
        const char* stop = std::find_if(at, end, [](char c) { return c == '"' || c == '\\'; });
        count(std::size_t(stop - at));
        if (stop == end) return;
        at = stop + 1;
        if (*stop == '\\') {
          escaped_ = true;
          count(1);
        } else {
          in_string_ = false;
          length_ = 0;
        }
      }
    }
  }

  static bool is_number_char(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
  }

  void count(std::size_t bytes) {
    length_ += bytes;
    if (length_ > max_) throw TooLong{};
  }

  std::streambuf& source_;
  std::size_t max_;
  bool in_string_ = false;
  bool escaped_ = false;
  std::size_t length_ = 0;
  std::array<char, std::size_t(1) << 14> bytes_{};
};

}  // namespace backcare::transfer

#pragma once
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
    for (std::streamsize i = 0; i < got; ++i) scan(bytes_[std::size_t(i)]);
    setg(bytes_.data(), bytes_.data(), bytes_.data() + got);
    return traits_type::to_int_type(bytes_[0]);
  }

 private:
  /// Outside strings, counts the characters a number is made of (a literal's e too, which keeps its
  /// run short); inside, follows strings through escapes: a quote after a backslash does not end one.
  void scan(char c) {
    if (in_string_) return scan_string(c);
    in_string_ = c == '"';
    const bool in_number = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    length_ = in_number ? length_ + 1 : 0;
    if (length_ > kJsonMaxNumberBytes) throw TooLong{true};
  }

  void scan_string(char c) {
    if (escaped_) {
      escaped_ = false;
    } else if (c == '\\') {
      escaped_ = true;
    } else if (c == '"') {
      in_string_ = false;
      length_ = 0;
      return;
    }
    if (++length_ > max_) throw TooLong{};
  }

  std::streambuf& source_;
  std::size_t max_;
  bool in_string_ = false;
  bool escaped_ = false;
  std::size_t length_ = 0;
  std::array<char, std::size_t(1) << 14> bytes_{};
};

}  // namespace backcare::transfer

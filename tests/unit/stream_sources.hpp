#pragma once
#include <cstddef>
#include <streambuf>
#include <string>
#include <string_view>

// Stream buffers for the streaming readers' tests: one that hands out a text a byte at a time, so that
// every boundary falls between two reads, and one that makes a CSV export row by row, never whole.

namespace backcare::fixtures {

/// Hands out `text` one byte per underflow.
class TrickleBuffer : public std::streambuf {
 public:
  explicit TrickleBuffer(std::string text) : text_(std::move(text)) {}

 protected:
  int_type underflow() override {
    if (next_ >= text_.size()) return traits_type::eof();
    char* byte = text_.data() + next_++;
    setg(byte, byte, byte + 1);
    return traits_type::to_int_type(*byte);
  }

 private:
  std::string text_;
  std::size_t next_ = 0;
};

/// A CSV export of `rows` entries made one row at a time as it is read: the memory of one row.
class GeneratedCsvBuffer : public std::streambuf {
 public:
  explicit GeneratedCsvBuffer(std::size_t rows) : rows_(rows) { load("kind,date,time,logged_at,routine,level,reps,minutes,note\r\n"); }

 protected:
  int_type underflow() override {
    if (made_ == rows_) return traits_type::eof();
    ++made_;
    // A quoted note with a doubled quote and a CRLF, so every row crosses the reader's hard paths.
    load("pain,2026-11-26,09:00,2026-11-26T09:00:00Z,," + std::to_string(made_ % 11) + ",,,\"row " +
         std::to_string(made_) + ", \"\"quoted\"\"\r\nsecond line\"\r\n");
    return traits_type::to_int_type(row_[0]);
  }

 private:
  void load(std::string row) {
    row_ = std::move(row);
    setg(row_.data(), row_.data(), row_.data() + row_.size());
  }

  std::string row_;
  std::size_t rows_;
  std::size_t made_ = 0;
};

}  // namespace backcare::fixtures

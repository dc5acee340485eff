#pragma once
#include <cstddef>
#include <istream>
#include <optional>
#include <string_view>
#include <vector>

#include "transfer/csv.hpp"

namespace backcare::transfer {

/// How many bytes CsvStream reads from its stream at a time.
inline constexpr std::size_t kCsvBufferBytes = std::size_t(64) << 10;

/// The longest field CsvStream reads: 16 times the longest an export writes (a note of 1,000 characters
/// of 4 bytes), so that a file of one huge field costs no more memory than one of many rows.
inline constexpr std::size_t kCsvMaxFieldBytes = std::size_t(64) << 10;
/// The most fields a record may have: far more than an export's 11, yet a row of commas stays small.
inline constexpr std::size_t kCsvMaxFields = 1000;

/// Reads CSV records one at a time from a stream through a fixed buffer, so memory is bounded by the
/// longest record, never the file. Same grammar, lines and errors as parse_csv (see csv.hpp), but for a
/// field longer than kCsvMaxFieldBytes or a record of more than kCsvMaxFields: syntax errors here.
class CsvStream {
 public:
  /// `buffer_bytes` below 4 is read as 4, so that a BOM fits (tests use tiny buffers to cross refills).
  explicit CsvStream(std::istream& in, std::size_t buffer_bytes = kCsvBufferBytes);

  /// Consumes `prefix` when the stream starts with it; call before the first record.
  bool skip_prefix(std::string_view prefix);
  /// Reads the next record into `record`; false at the end of the stream or at a syntax error (error()).
  bool next(CsvRecord& record);
  /// The syntax error that stopped the reading, if any.
  const std::optional<CsvError>& error() const { return error_; }
  /// True when the last byte read is not a line end: every file backcare writes ends with one, so a file
  /// that does not was cut short inside a line (a full disk under `export > file`).
  bool ends_inside_a_line() const { return last_ != kEnd && last_ != '\r' && last_ != '\n'; }
  /// The line the reading stopped on.
  std::size_t line() const { return line_; }

 private:
  static constexpr int kEnd = -1;

  /// The next byte without consuming it, refilling the buffer when it is used up; kEnd at the end.
  int peek() { return pos_ < end_ || refill() ? static_cast<unsigned char>(buffer_[pos_]) : kEnd; }
  /// Consumes the byte peek() returned.
  void advance() { last_ = static_cast<unsigned char>(buffer_[pos_++]); }
  bool refill();
  /// Consumes and returns the buffered bytes up to the first of `stops` (or the buffer's end).
  std::string_view run_until(std::string_view stops);

  bool line_end();
  bool fail(std::size_t line, const char* why);
  /// False, with the error set, when `field` has grown past kCsvMaxFieldBytes.
  bool too_long(const std::string& field, std::size_t line);
  bool read_plain(std::string& field);
  bool read_quoted(std::string& field);

  std::istream& in_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  std::size_t line_ = 1;
  std::optional<CsvError> error_;
  int last_ = kEnd;  ///< the last byte consumed; kEnd before any
};

}  // namespace backcare::transfer

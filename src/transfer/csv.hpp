#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backcare::transfer {

// RFC 4180 CSV, pure: no files, no locale. Records end with CRLF when written; CRLF, LF and a lone CR
// are all read as line ends, except inside quotes, where every byte is kept as it is.

/// One field, quoted only when it holds a comma, a quote, CR or LF (quotes doubled inside).
std::string csv_field(std::string_view text);
/// Fields joined by commas and ended with CRLF.
std::string csv_record(const std::vector<std::string>& fields);

/// One record read back, with the line it starts on (1-based): a quoted field may span lines.
struct CsvRecord {
  std::size_t line = 0;
  std::vector<std::string> fields;
  bool blank = false;  ///< an empty line: one empty, unquoted field
};

/// A syntax error: where, and why in words.
struct CsvError {
  std::size_t line = 0;
  std::string why;
};

/// All records of `text`, or the first syntax error (an unclosed quote, text after a closing quote,
/// a quote inside an unquoted field).
struct CsvParse {
  std::vector<CsvRecord> records;
  std::optional<CsvError> error;
};
/// Reads every record of `text`, stopping at the first syntax error.
CsvParse parse_csv(std::string_view text);

}  // namespace backcare::transfer

#include "transfer/csv_stream.hpp"

#include <algorithm>

namespace backcare::transfer {

CsvStream::CsvStream(std::istream& in, std::size_t buffer_bytes)
    : in_(in), buffer_(std::max<std::size_t>(buffer_bytes, 4)) {}

bool CsvStream::refill() {
  pos_ = 0;
  end_ = 0;
  if (!in_.good()) return false;  // at the end (or after a read error, which the caller sees in the stream)
  in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  end_ = static_cast<std::size_t>(in_.gcount());
  return end_ > 0;
}

std::string_view CsvStream::run_until(std::string_view stops) {
  const std::string_view rest(buffer_.data() + pos_, end_ - pos_);
  const auto length = std::min(rest.find_first_of(stops), rest.size());
  pos_ += length;
  if (length > 0) last_ = static_cast<unsigned char>(rest[length - 1]);
  return rest.substr(0, length);
}

bool CsvStream::skip_prefix(std::string_view prefix) {
  // At the start the first refill holds min(buffer, file) bytes, and the buffer holds at least 4.
  if (peek() == kEnd || std::string_view(buffer_.data() + pos_, end_ - pos_).substr(0, prefix.size()) != prefix) {
    return false;
  }
  pos_ += prefix.size();
  return true;
}

bool CsvStream::next(CsvRecord& record) {
  if (error_ || peek() == kEnd) return false;
  record = CsvRecord{line_, {}, false};
  bool quoted_seen = false;
  for (;;) {
    std::string field;
    const bool quoted = peek() == '"';
    quoted_seen = quoted_seen || quoted;
    if (quoted ? !read_quoted(field) : !read_plain(field)) return false;
    record.fields.push_back(std::move(field));
    if (peek() == kEnd || line_end()) break;
    if (record.fields.size() == kCsvMaxFields) return fail(line_, "a row of more than 1000 fields (no export writes one)");
    advance();  // the comma
  }
  record.blank = record.fields.size() == 1 && record.fields[0].empty() && !quoted_seen;
  return true;
}

/// Consumes a line end (CRLF, LF or CR); false when there is none. The LF of a CRLF may be the first
/// byte of the next refill.
bool CsvStream::line_end() {
  const int c = peek();
  if (c != '\r' && c != '\n') return false;
  advance();
  if (c == '\r' && peek() == '\n') advance();
  ++line_;
  return true;
}

bool CsvStream::fail(std::size_t line, const char* why) {
  error_ = CsvError{line, why};
  return false;
}

bool CsvStream::too_long(const std::string& field, std::size_t line) {
  if (field.size() <= kCsvMaxFieldBytes) return false;
  fail(line, "a field longer than 64 KiB (no export writes one)");
  return true;
}

bool CsvStream::read_plain(std::string& field) {
  for (;;) {
    field += run_until(",\r\n\"");
    if (too_long(field, line_)) return false;  // checked a run at a time: a buffer of bytes at the most
    const int c = peek();  // refills when the run reached the buffer's end
    if (c == '"') return fail(line_, "a quote inside a field that does not start with one (quote the whole field)");
    if (c == kEnd || c == ',' || c == '\r' || c == '\n') return true;
  }
}

bool CsvStream::read_quoted(std::string& field) {
  const std::size_t opened = line_;
  advance();
  bool after_cr = false;  // a CRLF inside the field is one line, even when a refill splits it
  for (;;) {
    if (const auto run = run_until("\"\r\n"); !run.empty()) {
      field += run;  // before peek() refills the buffer the run points into
      after_cr = false;
    }
    if (too_long(field, opened)) return false;
    const int c = peek();
    if (c == kEnd) return fail(opened, "a quoted field is never closed");
    if (c != '"' && c != '\r' && c != '\n') continue;  // the run stopped at the buffer's end
    advance();
    if (c != '"') {
      field.push_back(static_cast<char>(c));
      line_ += c == '\r' || !after_cr;
      after_cr = c == '\r';
      continue;
    }
    if (peek() == '"') {  // a doubled quote is one quote of the field
      field.push_back('"');
      advance();
      after_cr = false;
      continue;
    }
    const int after = peek();
    if (after != kEnd && after != ',' && after != '\r' && after != '\n') {
      return fail(line_, "text after the closing quote of a field");
    }
    return true;
  }
}

}  // namespace backcare::transfer

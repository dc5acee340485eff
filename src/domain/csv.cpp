#include "domain/csv.hpp"

namespace backcare::domain {
namespace {

/// Reads records one at a time; a small class because the position and line travel together.
class CsvReader {
 public:
  explicit CsvReader(std::string_view text) : text_(text) {}

  CsvParse read_all() {
    CsvParse result;
    while (pos_ < text_.size()) {
      CsvRecord record{line_, {}, false};
      if (!read_record(record)) {
        result.error = error_;
        return result;
      }
      result.records.push_back(std::move(record));
    }
    return result;
  }

 private:
  /// Consumes a line end at pos_ (CRLF, LF or CR); false when there is none.
  bool line_end() {
    if (pos_ >= text_.size() || (text_[pos_] != '\n' && text_[pos_] != '\r')) return false;
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
    return true;
  }

  bool fail(std::size_t line, std::string why) {
    error_ = CsvError{line, std::move(why)};
    return false;
  }

  bool read_record(CsvRecord& record) {
    for (;;) {
      std::string field;
      const bool quoted = pos_ < text_.size() && text_[pos_] == '"';
      if (quoted ? !read_quoted(field) : !read_plain(field)) return false;
      record.fields.push_back(std::move(field));
      if (pos_ >= text_.size() || line_end()) break;
      ++pos_;  // the comma
    }
    record.blank = record.fields.size() == 1 && record.fields[0].empty() && !quoted_seen_;
    quoted_seen_ = false;
    return true;
  }

  bool read_plain(std::string& field) {
    const auto end = text_.find_first_of(",\r\n\"", pos_);
    const auto stop = end == std::string_view::npos ? text_.size() : end;
    if (stop < text_.size() && text_[stop] == '"') {
      return fail(line_, "a quote inside a field that does not start with one (quote the whole field)");
    }
    field.assign(text_.substr(pos_, stop - pos_));
    pos_ = stop;
    return true;
  }

  bool read_quoted(std::string& field) {
    const std::size_t opened = line_;
    quoted_seen_ = true;
    ++pos_;
    for (;;) {
      const auto quote = text_.find('"', pos_);
      if (quote == std::string_view::npos) {
        return fail(opened, "a quoted field is never closed");
      }
      for (std::size_t i = pos_; i < quote; ++i) line_ += text_[i] == '\n' || (text_[i] == '\r' && text_[i + 1] != '\n');
      field.append(text_.substr(pos_, quote - pos_));
      pos_ = quote + 1;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        field.push_back('"');
        ++pos_;
        continue;
      }
      if (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\r' && text_[pos_] != '\n') {
        return fail(line_, "text after the closing quote of a field");
      }
      return true;
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  bool quoted_seen_ = false;
  CsvError error_;
};

}  // namespace

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += csv_field(fields[i]);
  }
  out += "\r\n";
  return out;
}

CsvParse parse_csv(std::string_view text) { return CsvReader(text).read_all(); }

}  // namespace backcare::domain

#pragma once
#include <cctype>
#include <string>
#include <vector>

namespace backcare::support {

// C++ source read as a test needs it (thresholds_test.cpp): what is code and what is said in strings, line
// by line, with comments left out. Enough for this project's sources, not a C++ lexer: no trigraphs, and
// a raw string only as R"delimiter(…)delimiter".

/// A line of source: its code with comments dropped and strings emptied, and its strings' text, quoted.
struct SourceLine {
  std::string code, words;
};

/// Splits C++ source into lines of code and of string text; a raw string or a block comment may span lines.
class SourceSplitter {
 public:
  explicit SourceSplitter(const std::string& source) : lines_(1) {
    for (std::size_t i = 0; i < source.size(); ++i) {
      if (source[i] != '\n') {
        i = step(source, i);
        continue;
      }
      lines_.emplace_back();
      if (state_ == State::line_comment) state_ = State::code;
    }
  }
  const std::vector<SourceLine>& lines() const { return lines_; }

 private:
  enum class State { code, line_comment, block_comment, string, character, raw };

  /// Reads the character at `i`; returns the index of the last character it used.
  std::size_t step(const std::string& s, std::size_t i) {
    auto& line = lines_.back();
    switch (state_) {
      case State::code: return in_code(s, i);
      case State::line_comment: return i;
      case State::block_comment:
        if (s.compare(i, 2, "*/") != 0) return i;
        state_ = State::code;
        return i + 1;
      case State::raw:
        if (s.compare(i, raw_end_.size(), raw_end_) != 0) {
          line.words += s[i];
          return i;
        }
        state_ = State::code;
        line.words += "\" ";
        return i + raw_end_.size() - 1;
      case State::string:
      case State::character: break;
    }
    const char quote = state_ == State::string ? '"' : '\'';
    const std::size_t used = s[i] == '\\' ? i + 1 : i;
    if (state_ == State::string) line.words += s.substr(i, used - i + 1);
    if (s[i] == quote) state_ = State::code;
    if (s[i] == quote && quote == '"') line.words += " ";
    return used;
  }

  std::size_t in_code(const std::string& s, std::size_t i) {
    auto& line = lines_.back();
    const bool after_name = i > 0 && (std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '_');
    if (s.compare(i, 2, "//") == 0) state_ = State::line_comment;
    else if (s.compare(i, 2, "/*") == 0) state_ = State::block_comment;
    else if (s.compare(i, 2, "R\"") == 0 && !after_name) {
      const auto open = s.find('(', i + 2);
      raw_end_ = ")" + s.substr(i + 2, open - i - 2) + "\"";
      state_ = State::raw;
      line.code += "\"\"";
      line.words += "\"";
      return open;
    } else if (s[i] == '"') {
      state_ = State::string;
      line.code += "\"\"";
      line.words += "\"";
    } else if (s[i] == '\'' && !after_name) {  // after a digit it separates digits: 1'000
      state_ = State::character;
      line.code += "' '";
    } else {
      line.code += s[i];
    }
    return state_ == State::line_comment || state_ == State::block_comment ? i + 1 : i;
  }

  std::vector<SourceLine> lines_;
  State state_ = State::code;
  std::string raw_end_;  ///< `)delimiter"`
};

}  // namespace backcare::support

#include "domain/terminal_text.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace backcare::domain {
namespace {

/// One UTF-8 character: its length in bytes (0 when the bytes are not UTF-8) and its code point.
struct Utf8Char {
  std::size_t length = 0;
  char32_t code = 0;
};

Utf8Char decode_utf8(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  char32_t min_code = 0;
  char32_t code = 0;
  if (lead < 0x80) return {1, lead};
  if ((lead & 0xE0) == 0xC0) { length = 2; code = lead & 0x1F; min_code = 0x80; }
  else if ((lead & 0xF0) == 0xE0) { length = 3; code = lead & 0x0F; min_code = 0x800; }
  else if ((lead & 0xF8) == 0xF0) { length = 4; code = lead & 0x07; min_code = 0x10000; }
  else return {};
  if (i + length > text.size()) return {};
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return {};
    code = (code << 6) | (next & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
  if (code < min_code || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {};
  return {length, code};
}

/// DEL and the C1 controls (some terminals act on them: U+009B is a CSI; DEL erases on some), and the
/// bidirectional controls, which turn the text around them backwards (U+202E) or reorder it unseen: ALM,
/// LRM/RLM, the embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069.
bool is_invisible_control(char32_t code) {
  return (code >= 0x7F && code <= 0x9F) || code == 0x061C || code == 0x200E || code == 0x200F ||
         (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

/// Appends one character: as itself, or as \uXXXX when it is an invisible control.
void append_character(std::string& out, std::string_view bytes, char32_t code) {
  if (is_invisible_control(code)) out += fmt::format("\\u{:04x}", unsigned(code));
  else out.append(bytes);
}

std::string c0_escape(unsigned char byte) {
  if (byte == '\n') return "\\n";
  if (byte == '\t') return "\\t";
  if (byte == '\r') return "\\r";
  return fmt::format("\\x{:02x}", unsigned(byte));
}

/// The length of the line end at text[i] when `keep_line_ends` and there is one there, else 0.
std::size_t line_end_at(std::string_view text, std::size_t i, bool keep_line_ends) {
  if (!keep_line_ends) return 0;
  if (text[i] == '\n') return 1;
  return text.substr(i, 2) == "\r\n" ? 2 : 0;
}

std::string escape(std::string_view text, bool keep_line_ends) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const auto character = decode_utf8(text, i);
    if (const auto line_end = line_end_at(text, i, keep_line_ends)) {
      out.append(text.substr(i, line_end));
      i += line_end;
    } else if (character.length == 0 || character.code < 0x20 || character.code == 0x7F) {
      out += c0_escape(byte);  // a byte that is not UTF-8 is shown as \xff, like a control
      ++i;
    } else {
      append_character(out, text.substr(i, character.length), character.code);
      i += character.length;
    }
  }
  return out;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) { return decode_utf8(text, i).length; }

std::string escape_for_terminal(std::string_view text) { return escape(text, false); }

std::string escape_document_for_terminal(std::string_view text) { return escape(text, true); }

std::string escape_json_controls(std::string_view json) {
  // DEL is this byte, and every C1 and bidi control starts with one of the others; most documents hold
  // none, and an export of years of entries is then passed on as it is, not rebuilt character by character.
  if (json.find_first_of("\x7f\xc2\xd8\xe2") == std::string_view::npos) return std::string(json);
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size();) {
    // Outside its strings JSON is ASCII, so every such character stands in a string, where \uXXXX means it.
    const auto character = decode_utf8(json, i);
    const auto length = std::max<std::size_t>(character.length, 1);
    append_character(out, json.substr(i, length), character.code);
    i += length;
  }
  return out;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

std::string quoted_path(std::string_view path) { return "'" + escape_for_terminal(path) + "'"; }

}  // namespace backcare::domain

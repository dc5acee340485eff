#pragma once
#include <string>
#include <string_view>

namespace backcare::domain {

/// Text safe to print on a terminal: control characters (C0, DEL, C1), the invisible marks and overrides
/// that reorder text (U+202E and the other bidirectional controls) and bytes that are not UTF-8 are written
/// as visible escapes (\n, \t, \x1b, \u0085, \u202e), so a note can never move the cursor, change colours,
/// set the clipboard or make a line read backwards.
std::string escape_for_terminal(std::string_view text);

/// escape_for_terminal for a whole document (an export shown on a terminal): its line ends, \n and \r\n,
/// stay line ends, so it still reads as lines; everything else is escaped alike.
std::string escape_document_for_terminal(std::string_view text);

/// JSON text with DEL, its C1 controls and bidirectional controls written as \u007f, \u009b, \u202e: the
/// same strings to a JSON reader, but no raw control on a terminal. (The JSON library escapes only C0; it
/// writes the other characters as they are.) `json` must be UTF-8, as a dumped document is.
std::string escape_json_controls(std::string_view json);

/// A file path for a message: in single quotes and escaped, but never cut short like other values,
/// since a path is only useful whole.
std::string quoted_path(std::string_view path);

/// Length of the well-formed UTF-8 sequence starting at text[i]; 0 when it is not UTF-8.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

/// Number of UTF-8 characters (code points) in valid UTF-8 text.
std::size_t utf8_length(std::string_view text);

}  // namespace backcare::domain

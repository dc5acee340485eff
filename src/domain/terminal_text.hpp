#pragma once
#include <string>
#include <string_view>

namespace backcare::domain {

/// Text safe to print on a terminal: control characters (C0, DEL, C1) and bytes that are not UTF-8
/// are written as visible escapes (\n, \t, \x1b, \u0085), so a note can never move the cursor,
/// change colours or retitle the window.
std::string escape_for_terminal(std::string_view text);

/// A file path for a message: in single quotes and escaped, but never cut short like other values,
/// since a path is only useful whole.
std::string quoted_path(std::string_view path);

/// Length of the well-formed UTF-8 sequence starting at text[i]; 0 when it is not UTF-8.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

/// Number of UTF-8 characters (code points) in valid UTF-8 text.
std::size_t utf8_length(std::string_view text);

}  // namespace backcare::domain

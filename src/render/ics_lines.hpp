#pragma once
#include <string>
#include <string_view>

namespace backcare::render {

// The line rules of iCalendar (RFC 5545 section 3.1 and 3.3.11), kept apart from what the calendar says.

/// A TEXT value: backslash, semicolon and comma escaped, a line break written as \n; other control
/// characters, which TEXT does not allow, dropped.
std::string ics_text(std::string_view text);

/// One content line "NAME:value" (value already escaped) folded at 75 octets, never inside a UTF-8
/// character, each part ended by CRLF.
std::string ics_line(std::string_view name, std::string_view value);

}  // namespace backcare::render

#pragma once
#include <string>
#include <string_view>

namespace backcare::render {

/// Text made safe inside HTML (element content and quoted attributes) and XML: & < > " ' become
/// entities, so nothing in a note is ever markup; control characters other than tab and newline, and
/// bytes that are not UTF-8, become U+FFFD, which HTML and XML both accept.
std::string html_escape(std::string_view text);

}  // namespace backcare::render

#include "render/ics_lines.hpp"

#include "domain/terminal_text.hpp"

namespace backcare::render {
namespace {

constexpr std::size_t kMaxOctets = 75;  // per line, without its CRLF (RFC 5545 section 3.1)

}  // namespace

std::string ics_text(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
    }
  }
  return out;
}

std::string ics_line(std::string_view name, std::string_view value) {
  const std::string line = std::string(name) + ":" + std::string(value);
  std::string out;
  std::size_t used = 0;  // octets on the current line, a folded line's leading space included
  for (std::size_t i = 0; i < line.size();) {
    // A character that is not UTF-8 cannot come from ics_text of checked text; count it as one octet.
    const std::size_t length = std::max<std::size_t>(1, domain::utf8_sequence_length(line, i));
    if (used + length > kMaxOctets) {
      out += "\r\n ";
      used = 1;
    }
    out.append(line, i, length);
    used += length;
    i += length;
  }
  return out + "\r\n";
}

}  // namespace backcare::render

#include "render/html_escape.hpp"

#include "domain/terminal_text.hpp"

namespace backcare::render {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

/// True for a code point HTML calls a control (C0 but tab, newline and carriage return; DEL; C1), and
/// U+FFFE and U+FFFF, which XML refuses.
bool is_control(std::string_view sequence) {
  const auto first = static_cast<unsigned char>(sequence[0]);
  if (sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF") return true;
  if (sequence.size() == 1) return (first < 0x20 && first != '\t' && first != '\n' && first != '\r') || first == 0x7f;
  return sequence.size() == 2 && first == 0xc2 && static_cast<unsigned char>(sequence[1]) < 0xa0;
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = domain::utf8_sequence_length(text, i);
    if (length == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    const std::string_view sequence = text.substr(i, length);
    i += length;
    switch (sequence[0]) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += is_control(sequence) ? kReplacement : sequence;
    }
  }
  return out;
}

}  // namespace backcare::render

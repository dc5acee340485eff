#include "transfer/json_quoted.hpp"

#include <nlohmann/json.hpp>

#include "domain/inputs.hpp"

namespace backcare::transfer {
namespace {

/// The library's escape for a C0 control, quote or backslash; nullptr for a byte written as it is.
const char* short_escape(unsigned char byte) {
  switch (byte) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: return nullptr;
  }
}

}  // namespace

std::string json_quoted(std::string_view text) {
  // Text that is not UTF-8 is the library's to replace (see json_dump), so it is replaced one way everywhere.
  if (!domain::is_valid_utf8(text)) {
    return nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  std::string out = "\"";
  out.reserve(text.size() + 2);
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (const char* escape = short_escape(byte)) {
      out += escape;
    } else if (byte < 0x20) {
      constexpr const char* kHex = "0123456789abcdef";
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

}  // namespace backcare::transfer

#include "serve/form.hpp"

namespace backcare::serve {
namespace {

/// "%41": a percent sign and two hexadecimal digits make one byte.
constexpr std::size_t kEscapeDigits = 2;
constexpr int kHexBase = 16;

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string decoded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%' && i + kEscapeDigits < text.size() && hex_digit(text[i + 1]) >= 0 && hex_digit(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_digit(text[i + 1]) * kHexBase + hex_digit(text[i + 2]));
      i += kEscapeDigits;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

FormFields parse_form(std::string_view body) {
  FormFields fields;
  while (!body.empty()) {
    const auto end = body.find('&');
    const auto pair = body.substr(0, end);
    const auto equals = pair.find('=');
    if (!pair.empty()) {
      fields.emplace_back(decoded(pair.substr(0, equals)),
                          equals == std::string_view::npos ? std::string() : decoded(pair.substr(equals + 1)));
    }
    if (end == std::string_view::npos) break;
    body.remove_prefix(end + 1);
  }
  return fields;
}

std::string field(const FormFields& fields, std::string_view name) {
  for (const auto& [key, value] : fields) {
    if (key == name) return value;
  }
  return {};
}

std::vector<std::string> pain_args(const FormFields& fields) {
  std::vector<std::string> args = {"pain"};
  if (const auto note = field(fields, "note"); !note.empty()) args.push_back("--note=" + note);
  for (const auto& [key, value] : fields) {
    if (key == "where") args.push_back("--where=" + value);
  }
  args.insert(args.end(), {"--", field(fields, "level")});
  return args;
}

std::vector<std::string> done_args(const FormFields& fields) { return {"done", "--", field(fields, "routine")}; }

}  // namespace backcare::serve

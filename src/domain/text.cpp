#include "domain/text.hpp"

namespace backcare::domain {

std::string lower(std::string_view text) {
  std::string out(text);
  // Not std::tolower: it follows the C locale, and in some locales it changes bytes of UTF-8 text.
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

}  // namespace backcare::domain

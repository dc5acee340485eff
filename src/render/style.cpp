#include "render/style.hpp"

#include <fmt/format.h>

#include "domain/terminal_text.hpp"

namespace backcare::render {

std::string pad(std::string_view text, std::size_t width) {
  std::string out(text);
  const auto length = domain::utf8_length(text);
  if (length < width) out.append(width - length, ' ');
  return out;
}

std::string shown_time(const std::string& time) { return time.empty() ? pad("—", 5) : time; }

std::string safe(std::string_view note) { return domain::escape_for_terminal(note); }

std::string one_decimal(double value) {
  return fmt::format("{:.1f}", value + 1e-9);  // 2.25 shows as 2.3, not 2.2
}

}  // namespace backcare::render

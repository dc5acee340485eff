#include "render/progress_line.hpp"

#include <fmt/format.h>

namespace backcare::render {
namespace {

/// 1234567 as "1,234,567": a count of rows read at a glance.
std::string grouped(std::size_t number) {
  constexpr std::size_t kGroup = 3;
  std::string digits = std::to_string(number);
  for (auto at = digits.size(); at > kGroup; at -= kGroup) digits.insert(at - kGroup, ",");
  return digits;
}

}  // namespace

std::string progress_line(std::string_view what, std::size_t done, std::optional<std::size_t> total) {
  if (!total || *total == 0) return fmt::format("{}: {} rows", what, grouped(done));
  return fmt::format("{}: {} of {} rows ({}%)", what, grouped(done), grouped(*total), done * 100 / *total);
}

}  // namespace backcare::render

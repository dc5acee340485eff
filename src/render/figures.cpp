#include "render/figures.hpp"

#include "render/style.hpp"
#include "reports/statistics.hpp"

namespace backcare::render {

std::string tenth(double value) { return one_decimal(reports::round_to(value, 1)); }

std::string signed_tenth(double value) {
  const double rounded = reports::round_to(value, 1);
  return (rounded > 0 ? "+" : "") + one_decimal(rounded);
}

std::string days_words(int days) { return std::to_string(days) + (days == 1 ? " day" : " days"); }

std::string signed_percent(double value) {
  const double rounded = reports::round_to(value, 0);
  return (rounded > 0 ? "+" : "") + std::to_string(int(rounded)) + "%";
}

}  // namespace backcare::render

#pragma once
#include <cstddef>
#include <string>

namespace backcare::render {

// Figures as week, trend, suggest and the rules' words show them. They arrive computed; render only rounds.

/// A mean to one decimal: "4.3".
std::string tenth(double value);
/// A change in points with its sign: "+1.2", "-0.8", "0.0".
std::string signed_tenth(double value);
/// A whole percent with its sign: "-35%".
std::string signed_percent(double value);

/// `text` right-aligned in `width` columns (ASCII).
inline std::string right(const std::string& text, std::size_t width) {
  return std::string(width > text.size() ? width - text.size() : 0, ' ') + text;
}

}  // namespace backcare::render

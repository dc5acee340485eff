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

/// A number of days in words: "1 day", "3 days".
std::string days_words(int days);

/// The caveat under week's and trend's figures (clinical notes §5, "How a tracker should use this"): a
/// self-tracking summary cannot say what caused a change.
inline constexpr const char* kSelfTrackingCaveat =
    "This is a self-tracking summary, not a medical assessment. Pain after birth often changes on its own;\n"
    "this chart can't tell you what caused a change.\n";

/// `text` right-aligned in `width` columns (ASCII).
inline std::string right(const std::string& text, std::size_t width) {
  return std::string(width > text.size() ? width - text.size() : 0, ' ') + text;
}

}  // namespace backcare::render

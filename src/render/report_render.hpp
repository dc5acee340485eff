#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "render/style.hpp"
#include "reports/suggestions.hpp"
#include "reports/trend.hpp"
#include "reports/week.hpp"

namespace backcare::render {

// suggest, week and trend -> text or JSON. Figures arrive computed; render only rounds them for show.

/// Each report as the terminal shows it; `style` says whether to colour it.
std::string text(const reports::Suggestions& view, const Style& style);
/// Why a routine is suggested, in words: "never done yet; evening is a time the article gives for it".
std::string why_text(const reports::SuggestReasons& why);
std::string text(const reports::WeekSummary& view, const Style& style);
std::string text(const reports::Trend& view, const Style& style);

/// Each report for --json, its figures rounded as the text shows them.
nlohmann::json json(const reports::Suggestions& view);
nlohmann::json json(const reports::WeekSummary& view);
nlohmann::json json(const reports::Trend& view);

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

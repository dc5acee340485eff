#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "render/style.hpp"
#include "views/pattern_views.hpp"

namespace backcare::render {

// `patterns` -> text or JSON. The figures arrive computed; render rounds them and words the labels,
// never in words of cause (clinical notes §7).

/// What every patterns view says, beside the self-tracking caveat.
inline constexpr const char* kPatternCaveat = "A pattern in your own records, not proof that one leads to the other.";

std::string text(const views::PatternsView& view, const Style& style);
nlohmann::json json(const views::PatternsView& view);

/// The rows as a table, indented, with the line on chance when more than one was compared: shared by
/// `patterns` and `trend` (whose routine rows these are).
std::string pattern_rows_text(const reports::Patterns& patterns);
/// The rows for --json, figures to two decimals; none for a row without enough days.
nlohmann::json pattern_rows_json(const reports::Patterns& patterns);

}  // namespace backcare::render

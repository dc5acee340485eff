#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "render/style.hpp"
#include "reports/trend.hpp"

namespace backcare::render {

// `trend` -> text or JSON. Figures arrive computed; render only rounds them for show.

/// The weeks as the terminal shows them; `style` says whether to colour them.
std::string text(const reports::Trend& view, const Style& style);
/// The weeks for --json, their figures rounded as the text shows them.
nlohmann::json json(const reports::Trend& view);

}  // namespace backcare::render

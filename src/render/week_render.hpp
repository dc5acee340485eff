#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "render/style.hpp"
#include "reports/week.hpp"

namespace backcare::render {

// `week` -> text or JSON. Figures arrive computed; render only rounds them for show.

/// The week as the terminal shows it; `style` says whether to colour it.
std::string text(const reports::WeekSummary& view, const Style& style);
/// The week for --json, its figures rounded as the text shows them.
nlohmann::json json(const reports::WeekSummary& view);

}  // namespace backcare::render

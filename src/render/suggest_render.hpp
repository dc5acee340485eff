#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "render/style.hpp"
#include "reports/suggestions.hpp"

namespace backcare::render {

// `suggest` -> text or JSON.

/// The suggestions as the terminal shows them; `style` says whether to colour them.
std::string text(const reports::Suggestions& view, const Style& style);
/// Why a routine is suggested, in words: "never done yet; evening is a time the article gives for it".
std::string why_text(const reports::SuggestReasons& why);
/// The suggestions for --json.
nlohmann::json json(const reports::Suggestions& view);

}  // namespace backcare::render

#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "rules/rulebook.hpp"

namespace backcare::render {

// The figures of week, trend and suggest as their JSON shows them: rounded as the text rounds them.

/// A figure rounded to `decimals` as the text shows it, or null.
nlohmann::json rounded(const std::optional<double>& value, int decimals = 1);
/// A percent as the text shows it: a whole number, or null.
nlohmann::json whole(const std::optional<double>& value);
/// The number, or null.
nlohmann::json optional_int(const std::optional<int>& value);
/// A change's figures as shown, its words and its stable code, under `prefix` ("change_", …); nulls when none.
void add_change(nlohmann::json& out, const std::string& prefix, const std::optional<rules::Change>& change);

}  // namespace backcare::render

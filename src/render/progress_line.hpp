#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace backcare::render {

/// The line long work shows on a terminal: "importing: 120,000 rows", or with the rows known
/// "exporting: 120,000 of 1,000,000 rows (12%)".
std::string progress_line(std::string_view what, std::size_t done, std::optional<std::size_t> total);

}  // namespace backcare::render

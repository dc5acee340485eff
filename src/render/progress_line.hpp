#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace backcare::render {

/// Back to the start of the line: the next progress line is written over the last.
inline constexpr const char* kProgressRewrite = "\r";
/// The rest of the line erased, so a shorter line leaves nothing of a longer one behind.
inline constexpr const char* kProgressEraseToEnd = "\033[K";

/// The line long work shows on a terminal: "importing: 120,000 rows", or with the rows known
/// "exporting: 120,000 of 1,000,000 rows (12%)".
std::string progress_line(std::string_view what, std::size_t done, std::optional<std::size_t> total);

}  // namespace backcare::render

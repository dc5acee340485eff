#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace backcare::domain {

/// `text` with A-Z made a-z and every other byte kept: keywords and names typed by the user compare
/// without case, UTF-8 passes through untouched, and no locale can change the answer.
std::string lower(std::string_view text);

/// The parts with `separator` between each two: join({"a", "b"}, ", ") is "a, b"; no parts give "".
/// Empty parts keep their separators, so the count of parts can be read back.
std::string join(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace backcare::domain

#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace backcare::domain {

/// ASCII lower case.
std::string lower(std::string_view text);
/// `parts` with `separator` between them.
std::string join(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace backcare::domain

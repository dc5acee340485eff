#pragma once
#include <string>
#include <vector>

#include "cli/request.hpp"

namespace backcare::cli {

/// argv (without the program name) -> Request. Throws UserError for a usage mistake, with CLI11's
/// message made into one line. Help and version come back as text to print.
Request parse(const std::vector<std::string>& args);

}  // namespace backcare::cli

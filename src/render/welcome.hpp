#pragma once
#include <string>

namespace backcare::render {

/// Said once, on stderr, by the command that makes a new diary (never with --json): that backcare is not
/// medical advice, where the red flags are, and the two settings that change its rules.
std::string welcome_text();

}  // namespace backcare::render

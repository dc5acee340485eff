#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "commands/env.hpp"

namespace backcare::commands {

/// csv or json: `option` when given (--format), else from `file`'s extension (.csv, .json), else
/// `fallback`; UserError when none of them settles it.
std::string choose_format(const std::optional<std::string>& option, const std::optional<std::filesystem::path>& file,
                          const std::optional<std::string>& fallback);

/// Refuses (UserError) a path that export or backup must not write: empty, a directory, in a directory
/// that does not exist, or the diary itself or its journal files. `what` names the argument.
void check_output_path(const std::filesystem::path& path, Env& env, const std::string& what);

}  // namespace backcare::commands

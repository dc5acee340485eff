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

/// Refuses (StorageError) to go on when there is no diary file yet: check and backup act on the file
/// itself, and an empty stand-in would report on or copy a diary that is not there. `nothing_to` ends
/// the message: "check", "back up".
void require_diary_file(const Env& env, const std::string& nothing_to);

}  // namespace backcare::commands

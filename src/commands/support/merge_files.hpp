#pragma once
#include <filesystem>
#include <vector>

#include "commands/support/command.hpp"

namespace backcare::commands {

/// Merges `files` (JSON exports of format_version 4 or 5) into the diary, in order, as one step: for `merge`
/// and `sync`. Each is streamed as it is merged. UserError naming the file and its problems, with nothing
/// written, when one is refused; a file named .csv is refused first (a CSV has no identities).
views::MergeView merge_files(const std::vector<std::filesystem::path>& files, Env& env);

}  // namespace backcare::commands

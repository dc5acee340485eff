#pragma once
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "content/content.hpp"

namespace backcare::content_gen {

/// A content file that does not say what backcare needs: the message names its file and line, as a
/// compiler's does, so the build that runs the generator fails pointing at it.
struct ContentError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Reads and checks content/ under `source_dir`: `files` are paths relative to it (content/routines/*.toml,
/// content/tips.toml, content/redflags.toml, content/own-routines.toml). The routines come in article order; the hash is left empty.
content::Content read_content(const std::filesystem::path& source_dir, const std::vector<std::string>& files);

}  // namespace backcare::content_gen

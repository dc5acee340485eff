#pragma once
#include <string_view>
#include <vector>

namespace backcare::content {

/// A file of schema/ or content/, compiled into the binary by cmake/embed.cmake.
struct EmbeddedFile {
  std::string_view path;  ///< relative to the source tree, e.g. "content/routines/back-rub.toml"
  std::string_view text;
};

/// Every embedded file, sorted by path.
const std::vector<EmbeddedFile>& embedded_files();

}  // namespace backcare::content

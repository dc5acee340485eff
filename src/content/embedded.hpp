#pragma once
#include <string_view>
#include <vector>

namespace backcare::content {

/// A schema migration, compiled into the binary by cmake/embed.cmake.
struct EmbeddedFile {
  std::string_view path;  ///< relative to the source tree, e.g. "schema/0001_init.sql"
  std::string_view text;
};

/// Every embedded file, sorted by path.
const std::vector<EmbeddedFile>& embedded_files();

}  // namespace backcare::content

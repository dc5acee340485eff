#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "commands/registry.hpp"

// `ls src/commands` is the command list: one file per command of the table, named after it, and the
// registry; what several commands share lives one level down, in commands/support/.

namespace {

/// The commands `backcare --help` lists, by name.
std::set<std::string> table_names() {
  std::set<std::string> names;
  for (const auto& command : backcare::commands::command_table()) names.insert(command.name);
  return names;
}

/// The files directly in src/commands/ but the registry's, as their names without extension; a header
/// other than the registry's is listed whole, since a command is one .cpp.
std::set<std::string> command_files() {
  std::set<std::string> files;
  const auto folder = std::filesystem::path(BACKCARE_SOURCE_DIR) / "commands";
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    const auto name = entry.path().filename().string();
    if (name == "registry.cpp" || name == "registry.hpp") continue;
    files.insert(entry.path().extension() == ".cpp" ? entry.path().stem().string() : name);
  }
  return files;
}

}  // namespace

TEST(CommandFiles, EachFileIsACommandAndEachCommandHasItsFile) {
  EXPECT_EQ(command_files(), table_names());
}

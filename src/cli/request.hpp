#pragma once
#include <optional>
#include <string>

#include "commands/support/command.hpp"

namespace backcare::cli {

/// A parsed command line: the command chosen with its Args filled, or text (help, version) to print
/// and exit 0.
struct Request {
  const commands::Command* command = nullptr;  ///< a row of the command table, or the status command
  commands::Invocation invocation;
  bool json = false;  ///< --json, for a command that offers it
  std::optional<std::string> db_path;
  std::optional<std::string> print_and_exit;
};

}  // namespace backcare::cli

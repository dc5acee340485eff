#pragma once
#include <vector>

#include "commands/support/command.hpp"

namespace backcare::commands {

/// Every command, in the order `backcare --help` lists them.
const std::vector<Command>& command_table();

/// `backcare` with no command: today's status, then the commands a new user needs first.
Command status_command();

}  // namespace backcare::commands

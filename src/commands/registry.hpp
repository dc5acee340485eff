#pragma once
#include <vector>

#include "commands/command.hpp"

namespace backcare::commands {

// Each command's row, made in the command's own file. Adding a command: its file, its render, and one
// line in command_table() (registry.cpp) after its declaration here.

Command pain_command();
Command done_command();
Command checkin_command();
Command today_command();
Command suggest_command();
Command week_command();
Command trend_command();
Command report_command();
Command history_command();
Command routines_command();
Command show_command();
Command redflags_command();
Command undo_command();
Command config_command();
Command routine_command();
Command export_command();
Command import_command();
Command backup_command();
Command check_command();
/// `backcare` with no command: today's status.
Command status_command();

/// Every command, in the order `backcare --help` lists them.
const std::vector<Command>& command_table();

}  // namespace backcare::commands

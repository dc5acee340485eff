#pragma once
#include <optional>
#include <string>
#include <vector>

namespace backcare::cli {

// The command line's words before CLI11 reads them: which command they name, `help` as a command, and
// an unknown command told apart from a stray argument.

/// The command words in `args` (one, or two for a group: "routine add"), skipping the global options.
std::vector<std::string> command_words(const std::vector<std::string>& args);

/// `backcare help [COMMAND...]` as `backcare [COMMAND...] --help`; other arguments as they are.
std::vector<std::string> with_help_as_option(std::vector<std::string> args);

/// UserError for a first word that names no command: "unknown command 'plan' (did you mean 'pain'?)".
void refuse_unknown_command(const std::vector<std::string>& args);

/// "backcare pain --help": where a usage error about `args` points.
std::string help_hint(const std::vector<std::string>& args);

}  // namespace backcare::cli

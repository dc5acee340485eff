#include "cli/words.hpp"

#include <algorithm>

#include "commands/registry.hpp"
#include "domain/place.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"

namespace backcare::cli {
namespace {

/// Letters a typed command may be off by and still be pointed at: "plan" finds "pain".
constexpr std::size_t kTypoDistance = 2;

const commands::Command* find_command(const std::vector<commands::Command>& table, const std::string& name) {
  const auto found = std::find_if(table.begin(), table.end(), [&](const auto& command) { return command.name == name; });
  return found == table.end() ? nullptr : &*found;
}

/// The positions of the words that are not options, skipping --db's value.
std::vector<std::size_t> positionals(const std::vector<std::string>& args) {
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--db") ++i;
    else if (!args[i].starts_with("-")) found.push_back(i);
  }
  return found;
}

}  // namespace

std::vector<std::string> command_words(const std::vector<std::string>& args) {
  const auto words = positionals(args);
  if (words.empty()) return {};
  const auto* command = find_command(commands::command_table(), args[words[0]]);
  if (!command) return {};
  if (command->is_group() && words.size() > 1 && find_command(command->subcommands, args[words[1]])) {
    return {args[words[0]], args[words[1]]};
  }
  return {args[words[0]]};
}

std::vector<std::string> with_help_as_option(std::vector<std::string> args) {
  const auto words = positionals(args);
  if (words.empty() || args[words[0]] != "help") return args;
  args.erase(args.begin() + long(words[0]));
  args.push_back("--help");
  return args;
}

void refuse_unknown_command(const std::vector<std::string>& args) {
  const auto words = positionals(args);
  if (words.empty()) return;
  const std::string& word = args[words[0]];
  const auto& table = commands::command_table();
  if (find_command(table, word)) return;
  std::vector<std::string> near;
  for (const auto& command : table) {
    if (domain::edit_distance(word, command.name) <= kTypoDistance) near.push_back("'" + command.name + "'");
  }
  const std::string hint = near.empty() ? "" : " (did you mean " + near.front() + "?)";
  throw UserError("unknown command '" + domain::quote_for_message(word) + "'" + hint +
                  ": see 'backcare --help' for the commands");
}

std::string help_hint(const std::vector<std::string>& args) {
  std::string command;
  for (const auto& word : command_words(args)) command += word + " ";
  return "backcare " + command + "--help";
}

}  // namespace backcare::cli

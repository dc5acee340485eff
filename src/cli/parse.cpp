#include "cli/parse.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <list>
#include <memory>
#include <span>

#include "cli/words.hpp"
#include "commands/registry.hpp"
#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "domain/text.hpp"

namespace backcare::cli {
namespace {

constexpr const char* kFooter =
    "\nWhere your diary lives: --db PATH, else $BACKCARE_DB, else $XDG_DATA_HOME/backcare/backcare.db,\n"
    "else ~/.local/share/backcare/backcare.db.\n"
    "backcare is a self-tracking diary, not medical advice. See 'backcare redflags' for when to seek care.\n"
    "Run 'backcare COMMAND --help' for a command's options and examples.";

/// CLI11 messages start with a capital and may span lines; ours are one lower-case line.
std::string one_line(std::string message) {
  std::replace(message.begin(), message.end(), '\n', ' ');
  if (!message.empty()) message[0] = domain::lower(message.substr(0, 1))[0];
  while (!message.empty() && message.back() == ' ') message.pop_back();
  return message;
}

/// A command offered to CLI11, with the Args its options fill.
struct Candidate {
  const commands::Command* command;
  CLI::App* app;
  commands::Invocation invocation;
  bool json = false;
};

/// Adds one option of a command to its CLI11 subcommand: a positional, an option or, for a bool, a flag.
CLI::Option* add_option(CLI::App& app, const commands::BoundOption& option) {
  auto* added = std::visit(
      [&](auto* target) -> CLI::Option* {
        if constexpr (std::is_same_v<decltype(target), bool*>) return app.add_flag(option.name, *target, option.help);
        else return app.add_option(option.name, *target, option.help);
      },
      option.target);
  if (!option.type_name.empty()) added->type_name(option.type_name);
  if (option.required) added->required();
  return added;
}

void add_options(Candidate& candidate) {
  auto& app = *candidate.app;
  for (const auto& option : candidate.invocation.options) add_option(app, option);
  for (const auto& option : candidate.invocation.options) {
    for (const auto& other : option.excludes) app.get_option(option.name)->excludes(app.get_option(other));
  }
  if (candidate.command->output == commands::Output::text_or_json) {
    app.add_flag("--json", candidate.json, "Print JSON for scripts instead of text");
  }
}

/// Adds `command` (and a group's subcommands) under `parent`. Only the command `chosen` names gets its
/// options: the others are there for the list in --help, and building every command's options on every
/// run cost more than the rest of a run on a small diary. Candidates live in a list because CLI11 keeps
/// pointers to their `json` flags: their addresses must not move.
void add_command(CLI::App& parent, const commands::Command& command, std::span<const std::string> chosen,
                 std::list<Candidate>& candidates) {
  auto* app = parent.add_subcommand(command.name, command.summary);
  const bool is_chosen = !chosen.empty() && chosen.front() == command.name;
  if (!is_chosen) return;
  if (!command.examples.empty()) app->footer("\nExamples:\n" + command.examples);
  if (command.is_group()) {
    app->require_subcommand(1);
    for (const auto& sub : command.subcommands) add_command(*app, sub, chosen.subspan(1), candidates);
    return;
  }
  add_options(candidates.emplace_back(Candidate{&command, app, command.invoke()}));
}

/// The program's parser: global options and one subcommand per row of the command table.
std::unique_ptr<CLI::App> build_parser(Request& request, const std::vector<std::string>& chosen,
                                       std::list<Candidate>& candidates) {
  auto app = std::make_unique<CLI::App>(
      "backcare: a diary for postpartum low back pain: log pain and routines, get suggestions from the\n"
      "article, see the week and the trend.",
      "backcare");
  app->fallthrough();
  app->footer(kFooter);
  app->set_version_flag("--version", std::string("backcare ") + BACKCARE_VERSION);
  app->add_option("--db", request.db_path, "The diary file (see below)")->type_name("PATH");
  app->require_subcommand(0, 1);
  for (const auto& command : commands::command_table()) add_command(*app, command, chosen, candidates);
  return app;
}

/// Takes the parsed command into `request`: the status command when none was given.
void take_chosen(std::list<Candidate>& candidates, Request& request) {
  static const commands::Command status = commands::status_command();
  request.command = &status;
  request.invocation = status.invoke();
  for (auto& candidate : candidates) {
    if (!candidate.app->parsed()) continue;
    request.command = candidate.command;
    request.invocation = std::move(candidate.invocation);
    request.json = candidate.json;
  }
}

}  // namespace

Request parse(const std::vector<std::string>& typed) {
  const auto args = with_help_as_option(typed);
  refuse_unknown_command(args);
  Request request;
  std::list<Candidate> candidates;
  const auto app = build_parser(request, command_words(args), candidates);
  // CLI11's vector overload takes the arguments last first (it pops them off the back).
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app->parse(reversed);
  } catch (const CLI::CallForHelp&) {
    request.print_and_exit = app->help();
    return request;
  } catch (const CLI::CallForAllHelp&) {
    request.print_and_exit = app->help("", CLI::AppFormatMode::All);
    return request;
  } catch (const CLI::CallForVersion&) {
    request.print_and_exit = std::string("backcare ") + BACKCARE_VERSION + "\n";
    return request;
  } catch (const CLI::ParseError& error) {
    throw UserError(domain::escape_for_terminal(one_line(error.what())) + " (see '" + help_hint(args) + "')");
  }
  take_chosen(candidates, request);
  return request;
}

}  // namespace backcare::cli

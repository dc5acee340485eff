#include "cli/parse.hpp"

#include <algorithm>

#include "cli/commands_table.hpp"
#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"

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
  if (!message.empty()) message[0] = char(std::tolower(static_cast<unsigned char>(message[0])));
  while (!message.empty() && message.back() == ' ') message.pop_back();
  return message;
}

}  // namespace

Request parse(const std::vector<std::string>& args) {
  CLI::App app{"backcare: a diary for postpartum low back pain: log pain and routines, get suggestions from the\n"
               "article, see the week and the trend.",
               "backcare"};
  app.fallthrough();
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("backcare ") + BACKCARE_VERSION);
  Request request{StatusArgs{}, std::nullopt, std::nullopt};
  app.add_option("--db", request.db_path, "The diary file (see below)")->type_name("PATH");
  app.require_subcommand(0, 1);

  Slots slots;
  std::vector<CLI::App*> apps;
  for (const auto& spec : command_table()) {
    auto* sub = app.add_subcommand(spec.name, spec.summary);
    sub->footer(std::string("\nExamples:\n") + spec.examples);
    spec.add_options(*sub, slots);
    apps.push_back(sub);
  }

  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    request.print_and_exit = app.help();
    return request;
  } catch (const CLI::CallForAllHelp&) {
    request.print_and_exit = app.help("", CLI::AppFormatMode::All);
    return request;
  } catch (const CLI::CallForVersion&) {
    request.print_and_exit = std::string("backcare ") + BACKCARE_VERSION + "\n";
    return request;
  } catch (const CLI::ParseError& error) {
    throw UserError(domain::escape_for_terminal(one_line(error.what())) + " (see 'backcare --help')");
  }
  for (std::size_t i = 0; i < apps.size(); ++i) {
    if (apps[i]->parsed()) request.command = command_table()[i].take(slots);
  }
  return request;
}

}  // namespace backcare::cli

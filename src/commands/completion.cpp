#include <algorithm>
#include <array>

#include "commands/registry.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/settings.hpp"

namespace backcare::commands {
namespace {

constexpr std::array<const char*, 3> kShells{"bash", "zsh", "fish"};

// The option and positional names that hold a routine slug; a new one that does adds its name here.
constexpr std::array<const char*, 4> kSlugNames{"routines", "routine", "slug", "--routine"};

struct CompletionArgs {
  std::string shell;
};

bool is_slug_name(const std::string& name) {
  return std::ranges::find(kSlugNames, name) != kSlugNames.end();
}

/// The fixed values a command's positionals take: config's keys, completion's shells.
std::vector<std::string> fixed_values(const std::string& path) {
  std::vector<std::string> values;
  if (path == "config") {
    for (const auto& spec : domain::setting_specs()) values.emplace_back(spec.key);
  }
  if (path == "completion") values.assign(kShells.begin(), kShells.end());
  return values;
}

void add_completed(const Command& command, const std::string& parent, std::vector<views::CompletedCommand>& out) {
  views::CompletedCommand completed;
  completed.path = parent.empty() ? command.name : parent + " " + command.name;
  completed.words.emplace_back("--help");
  for (const auto& sub : command.subcommands) completed.words.push_back(sub.name);
  if (!command.is_group()) {
    for (const auto& option : command.invoke().options) {
      const bool positional = !option.name.starts_with("-");
      if (!positional) completed.words.push_back(option.name);
      if (!positional && !std::holds_alternative<bool*>(option.target)) completed.value_options.push_back(option.name);
      // `routine add` names a new routine: no existing slug to offer.
      if (is_slug_name(option.name) && positional) completed.slug_positionals = completed.path != "routine add";
      if (is_slug_name(option.name) && !positional) completed.slug_options.push_back(option.name);
    }
    if (command.output == Output::text_or_json) completed.words.emplace_back("--json");
  }
  for (auto& value : fixed_values(completed.path)) completed.words.push_back(std::move(value));
  completed.retired_slugs = completed.path == "routine unretire";
  out.push_back(completed);
  for (const auto& sub : command.subcommands) add_completed(sub, completed.path, out);
}

views::CompletionScript run(const CompletionArgs& args, Env&) {
  if (std::ranges::find(kShells, args.shell) == kShells.end()) {
    throw UserError("unknown shell '" + domain::quote_for_message(args.shell) + "': accepted bash, zsh or fish");
  }
  views::CompletionScript script{args.shell, {}};
  auto& program = script.commands.emplace_back();  // path "": the program itself
  program.words = {"--db", "--help", "--version"};
  program.value_options = {"--db"};
  for (const auto& command : command_table()) program.words.push_back(command.name);
  for (const auto& command : command_table()) add_completed(command, "", script.commands);
  return script;
}

}  // namespace

Command completion_command() {
  return command<CompletionArgs>(
      {"completion", "Print a shell completion script: bash, zsh or fish",
       "  backcare completion bash > ~/.local/share/bash-completion/completions/backcare\n"
       "  backcare completion zsh > ~/.zfunc/_backcare    # a folder on your fpath\n"
       "  backcare completion fish > ~/.config/fish/completions/backcare.fish\n\n"
       "Tab then completes commands, options, settings and routine slugs, your own routines included\n"
       "(asked of the diary with 'backcare routines --slugs' as you type)."},
      Diary::unused, Output::text,
      {{.name = "shell", .help = "bash, zsh or fish", .field = &CompletionArgs::shell, .required = true}}, run);
}

}  // namespace backcare::commands

#include <algorithm>
#include <array>
#include <iterator>

#include "commands/registry.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/place.hpp"
#include "domain/settings.hpp"

namespace backcare::commands {
namespace {

constexpr std::array<const char*, 3> kShells{"bash", "zsh", "fish"};

// The option and positional names that hold a routine slug; a new one that does adds its name here.
constexpr std::array<const char*, 4> kSlugNames{"routines", "routine", "slug", "--routine"};
// The same for tags (issue 29): `tag` and `untag`'s positionals, `--tag` of pain, done and edit.
constexpr std::array<const char*, 2> kTagNames{"tags", "--tag"};

struct CompletionArgs {
  std::string shell;
};

bool is_slug_name(const std::string& name) {
  return std::ranges::find(kSlugNames, name) != kSlugNames.end();
}

bool is_tag_name(const std::string& name) { return std::ranges::find(kTagNames, name) != kTagNames.end(); }

/// Every form of each place she may type: the slug (unless a side is required), then slug:left, :right
/// and :both where it has sides.
std::vector<std::string> completion_place_forms(const std::vector<domain::PlaceKind>& kinds) {
  std::vector<std::string> forms;
  for (const auto& kind : kinds) {
    if (!kind.side_required) forms.push_back(kind.slug);
    if (!kind.sides) continue;
    for (const auto side : {domain::Side::left, domain::Side::right, domain::Side::both}) {
      forms.push_back(domain::format_place({kind.slug, side}));
    }
  }
  return forms;
}

/// The fixed values an option or positional takes from the content: `--where`'s regions, a sign's forms.
/// A new option or positional that holds a region or a sign adds its name here.
std::vector<std::string> completion_content_values(const std::string& name, const content::Content& content) {
  if (name == "--where") return completion_place_forms(content.region_kinds());
  if (name == "--sign" || name == "sign") return completion_place_forms(content.sign_kinds());
  return {};
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

void add_completed(const Command& command, const std::string& parent, const content::Content& content,
                   std::vector<views::CompletedCommand>& out) {
  views::CompletedCommand completed;
  completed.path = parent.empty() ? command.name : parent + " " + command.name;
  completed.words.emplace_back("--help");
  std::vector<std::string> positional_values;  // offered after the options, as config's keys are
  for (const auto& sub : command.subcommands) completed.words.push_back(sub.name);
  if (!command.is_group()) {
    for (const auto& option : command.invoke().options) {
      const bool positional = !option.name.starts_with("-");
      if (!positional) completed.words.push_back(option.name);
      if (!positional && !std::holds_alternative<bool*>(option.target)) completed.value_options.push_back(option.name);
      // `routine add` names a new routine: no existing slug to offer.
      if (is_slug_name(option.name) && positional) completed.slug_positionals = completed.path != "routine add";
      if (is_slug_name(option.name) && !positional) completed.slug_options.push_back(option.name);
      if (is_tag_name(option.name) && positional) completed.tag_positionals = true;
      if (is_tag_name(option.name) && !positional) completed.tag_options.push_back(option.name);
      auto values = completion_content_values(option.name, content);
      if (!values.empty() && positional) std::ranges::move(values, std::back_inserter(positional_values));
      if (!values.empty() && !positional) completed.fixed_options.push_back({option.name, std::move(values)});
    }
    if (command.output == Output::text_or_json) completed.words.emplace_back("--json");
  }
  std::ranges::move(fixed_values(completed.path), std::back_inserter(positional_values));
  std::ranges::move(positional_values, std::back_inserter(completed.words));
  completed.retired_slugs = completed.path == "routine unretire";
  out.push_back(completed);
  for (const auto& sub : command.subcommands) add_completed(sub, completed.path, content, out);
}

views::CompletionScript run(const CompletionArgs& args, Env& env) {
  if (std::ranges::find(kShells, args.shell) == kShells.end()) {
    throw UserError("unknown shell '" + domain::quote_for_message(args.shell) + "': accepted bash, zsh or fish");
  }
  views::CompletionScript script{args.shell, {}};
  auto& program = script.commands.emplace_back();  // path "": the program itself
  program.words = {"--db", "--help", "--version"};
  program.value_options = {"--db"};
  for (const auto& command : command_table()) program.words.push_back(command.name);
  for (const auto& command : command_table()) add_completed(command, "", env.content, script.commands);
  return script;
}

}  // namespace

Command completion_command() {
  return command<CompletionArgs>(
      {"completion", "Print a shell completion script: bash, zsh or fish",
       "  backcare completion bash > ~/.local/share/bash-completion/completions/backcare\n"
       "  backcare completion zsh > ~/.zfunc/_backcare    # a folder on your fpath\n"
       "  backcare completion fish > ~/.config/fish/completions/backcare.fish\n\n"
       "Tab then completes commands, options, settings, regions, signs, routine slugs and tags, your own\n"
       "routines and tags included (asked of the diary with 'backcare routines --slugs' and 'backcare tags\n"
       "--slugs' as you type)."},
      Diary::unused, Output::text,
      {{.name = "shell", .help = "bash, zsh or fish", .field = &CompletionArgs::shell, .required = true}}, run);
}

}  // namespace backcare::commands

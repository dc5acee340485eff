#pragma once
#include <string>
#include <vector>

namespace backcare::views {

/// An option whose values are a fixed list, embedded in the script: `--where`'s regions, `--sign`'s signs.
struct FixedOption {
  std::string option;               ///< as `--where`
  std::vector<std::string> values;  ///< every form she may type, as `sacroiliac:left`
};

/// What a shell completes after one command path ("", "done", "routine retire"), taken from the command
/// table at run time so that a new command or option completes without editing any script.
struct CompletedCommand {
  std::string path;                        ///< words after `backcare`; "" for the program itself
  std::vector<std::string> words;          ///< subcommands, options and fixed values offered after it
  std::vector<std::string> value_options;  ///< options that take a value (so the next word is not a command)
  std::vector<std::string> slug_options;   ///< options whose value is a routine slug (`edit --routine`)
  std::vector<std::string> tag_options;    ///< options whose value is a tag (`pain --tag`)
  std::vector<FixedOption> fixed_options;  ///< options whose value is one of a fixed list (`pain --where`)
  bool slug_positionals = false;           ///< its positionals are routine slugs (`done`, `show`)
  bool retired_slugs = false;              ///< slugs come from `routines --slugs --all` (`routine unretire`)
  bool tag_positionals = false;            ///< its positionals are tags (`tag`, `untag`)
};

/// `completion SHELL`: the script for one shell.
struct CompletionScript {
  std::string shell;  ///< bash, zsh or fish
  std::vector<CompletedCommand> commands;
};

}  // namespace backcare::views

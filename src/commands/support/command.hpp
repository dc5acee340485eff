#pragma once
#include <concepts>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "commands/support/env.hpp"
#include "commands/support/result.hpp"

namespace backcare::commands {

// A command is one file under commands/: its Args, its options as plain data, its help, how it uses the
// diary and its run, gathered into one `Command` row (Ninja's kTools[]). Only cli/ turns the rows into
// CLI11 calls; app/ opens what a row needs and renders what its run returns.

/// How a command uses the diary, so that app opens it only when needed (and, once reads open it
/// read-only, how).
enum class Diary { unused, reads, writes };

/// Whether a command takes --json (added as its last option) or only ever writes text, a document or a
/// conversation.
enum class Output { text, text_or_json };

/// Where a value typed on the command line goes: a field of one Args instance.
using Target = std::variant<std::string*, std::optional<std::string>*, std::vector<std::string>*, bool*>;

/// One positional ("level"), option ("--date") or flag (an option that fills a bool), as data.
template <class Args>
struct Option {
  std::string name;
  std::string help;
  std::variant<std::string Args::*, std::optional<std::string> Args::*, std::vector<std::string> Args::*,
               bool Args::*>
      field;
  std::string type_name = {};             ///< DAY, N, FILE…; empty: CLI11's own
  bool required = false;
  std::vector<std::string> excludes = {};  ///< options it cannot be given with
};

/// An option bound to the Args of one invocation: the same fields as Option, with the member pointer
/// resolved to the field of that one Args.
struct BoundOption {
  std::string name, help;
  Target target;
  std::string type_name;
  bool required = false;
  std::vector<std::string> excludes;
};

/// A fresh Args for one run: the options that fill it and the run that reads it.
struct Invocation {
  std::shared_ptr<void> args;  ///< owns the Args that the options' targets point into
  std::vector<BoundOption> options;
  std::function<Result(Env&)> run;
  /// How this run uses the diary, for a command whose Args decide it (`config` only reads when it
  /// changes nothing); empty: as its Command row says.
  std::function<Diary()> diary;
};

/// One row of the command table.
struct Command {
  std::string name;
  std::string summary;   ///< one line, in `backcare --help`
  std::string examples;  ///< after "Examples:" in the command's --help; may go on with a paragraph
  Diary diary = Diary::reads;
  Output output = Output::text_or_json;
  std::function<Invocation()> invoke;  ///< a fresh Args and its run; empty for a group
  std::vector<Command> subcommands = {};  ///< a group's commands (`routine add`, `routine retire`)

  bool is_group() const { return !invoke; }
};

/// The words of a command's help.
struct Help {
  std::string name, summary, examples;
};

/// A command row from its help, its use of the diary, its options and its run.
template <class Args, class View>
Command command(Help help, Diary diary, Output output, std::vector<Option<Args>> options,
                View (*run)(const Args&, Env&)) {
  auto invoke = [options = std::move(options), run] {
    auto args = std::make_shared<Args>();
    Invocation invocation;
    invocation.args = args;
    for (const auto& option : options) {
      const auto target = std::visit([&](auto member) -> Target { return &((*args).*member); }, option.field);
      invocation.options.push_back({option.name, option.help, target, option.type_name, option.required,
                                    option.excludes});
    }
    invocation.run = [args, run](Env& env) -> Result { return run(*args, env); };
    if constexpr (requires(const Args& a) { { a.diary() } -> std::same_as<Diary>; }) {
      invocation.diary = [args] { return args->diary(); };
    }
    return invocation;
  };
  return {std::move(help.name), std::move(help.summary), std::move(help.examples), diary, output,
          std::move(invoke)};
}

/// A command that only groups subcommands (`backcare routine add|retire`).
inline Command group(Help help, std::vector<Command> subcommands) {
  return {std::move(help.name), std::move(help.summary), std::move(help.examples), Diary::unused, Output::text,
          {}, std::move(subcommands)};
}

/// "Day it counts for": the help of every --date, --from and --to that takes a day.
inline constexpr const char* kDayHelp =
    "Day it counts for: YYYY-MM-DD, today, yesterday or a weekday name (default today)";
inline constexpr const char* kTimeHelp =
    "Clock time on that day (default now for today; none for another day); before day-starts: that night";
/// The slugs are content/body.toml's; a test checks that this help names each one.
inline constexpr const char* kWhereHelp =
    "Where it hurt, once per place: low-back, sacroiliac, buttock, pubic, hip-groin, back-thigh, below-knee, "
    "upper-back or other (say where in the note); a side as sacroiliac:left (left, right or both)";
/// The starter tags are content/tags.toml's; a test checks that this help names each one.
inline constexpr const char* kTagHelp =
    "What else went on, once per tag: poor-sleep, night-feeds, lifting, long-sitting, painkiller, hard-day, "
    "physio-visit or one of your own ('backcare tags' lists them)";
inline constexpr const char* kNewTagHelp = "Make a tag that is not known yet (so a typo never starts a new one)";
inline constexpr const char* kFirstDayHelp = "First day (YYYY-MM-DD, today, yesterday, a weekday)";
inline constexpr const char* kLastDayHelp = "Last day (default today)";

}  // namespace backcare::commands

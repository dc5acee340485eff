#include "commands/registry.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct UndoArgs {};

views::UndoView run(const UndoArgs&, Env& env) { return {env.db().undo_last()}; }

}  // namespace

Command undo_command() {
  return command<UndoArgs>(
      {"undo", "Reverse the last command that wrote, and say what it changed back", "  backcare undo"}, Diary::writes, Output::text_or_json, {}, run);
}

}  // namespace backcare::commands

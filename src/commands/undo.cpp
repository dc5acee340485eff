#include "commands/commands.hpp"

namespace backcare::commands {

reports::UndoView run(const cli::UndoArgs&, Env& env) { return {env.db().undo_last()}; }

}  // namespace backcare::commands

#include "commands/commands.hpp"

namespace backcare::commands {

reports::CheckView run(const cli::CheckArgs&, Env& env) {
  reports::CheckView view{env.db().check(), {}};
  if (!view.findings.ok()) view.failure = "the diary failed its check (what was found is above)";
  return view;
}

}  // namespace backcare::commands

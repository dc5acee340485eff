#include "commands/commands.hpp"
#include "store/check.hpp"

namespace backcare::commands {

reports::CheckView run(const cli::CheckArgs&, Env& env) {
  reports::CheckView view{store::check_database(env.db().database()), {}};
  if (!view.findings.ok()) view.failure = "the diary failed its check (what was found is above)";
  return view;
}

}  // namespace backcare::commands

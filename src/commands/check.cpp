#include "commands/registry.hpp"

namespace backcare::commands {
namespace {

struct CheckArgs {};

reports::CheckView run(const CheckArgs&, Env& env) {
  reports::CheckView view{env.db().check(), {}};
  if (!view.findings.ok()) view.failure = "the diary failed its check (what was found is above)";
  return view;
}

}  // namespace

Command check_command() {
  return command<CheckArgs>(
      {"check", "Check the diary file for damage (SQLite integrity and foreign-key checks)",
       "  backcare check\n  backcare check --json"},
      Diary::reads, true, {}, run);
}

}  // namespace backcare::commands

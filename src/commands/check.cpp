#include "commands/registry.hpp"
#include "commands/support/transfer_paths.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct CheckArgs {};

views::CheckView run(const CheckArgs&, Env& env) {
  require_diary_file(env, "check");
  return {env.db().check()};
}

}  // namespace

Command check_command() {
  return command<CheckArgs>(
      {"check", "Check the diary file for damage (SQLite integrity and foreign-key checks)",
       "  backcare check\n  backcare check --json"},
      Diary::reads, Output::text_or_json, {}, run);
}

}  // namespace backcare::commands

#include "commands/registry.hpp"

namespace backcare::commands {
namespace {

struct RedflagsArgs {};

views::RedFlagsView run(const RedflagsArgs&, Env& env) { return {env.content.redflags, env.content.signs}; }

}  // namespace

Command redflags_command() {
  // Never opens the diary: the red flags must show even when the diary cannot be read.
  return command<RedflagsArgs>({"redflags", "Symptoms that need care, by urgency", "  backcare redflags"},
                               Diary::unused, Output::text_or_json, {}, run);
}

}  // namespace backcare::commands

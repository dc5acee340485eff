#include "commands/registry.hpp"
#include "commands/support/report_catalogue.hpp"
#include "commands/support/slugs.hpp"
#include "rules/phase.hpp"

namespace backcare::commands {
namespace {

struct ShowArgs {
  std::string slug;
};

views::RoutineDetail run(const ShowArgs& args, Env& env) {
  const auto routines = report_catalogue(env, true);
  const auto slug = resolve_slug(args.slug, routines);
  for (const auto& routine : routines) {
    if (routine.slug == slug) return {routine, rules::hold_of(routine.hold, env.settings, env.today)};
  }
  return {};
}

}  // namespace

Command show_command() {
  return command<ShowArgs>(
      {"show", "A routine's full instructions, cautions and its place in the article",
       "  backcare show knee-hug\n  backcare show hot --json"},
      Diary::reads, Output::text_or_json,
      {{.name = "routine", .help = "Routine slug or unique prefix", .field = &ShowArgs::slug, .required = true}}, run);
}

}  // namespace backcare::commands

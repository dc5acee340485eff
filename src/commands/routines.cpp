#include "commands/registry.hpp"
#include "commands/support/report_catalogue.hpp"

namespace backcare::commands {
namespace {

struct RoutinesArgs {
  bool all = false;
  bool slugs = false;
};

views::RoutineList run(const RoutinesArgs& args, Env& env) { return {report_catalogue(env, args.all), args.slugs}; }

}  // namespace

Command routines_command() {
  return command<RoutinesArgs>(
      {"routines", "The catalogue of routines: slug, name, kind, dose", "  backcare routines\n  backcare routines --all --json\n  backcare routines --slugs"},
      Diary::reads, Output::text_or_json,
      {{.name = "--all", .help = "Include retired routines", .field = &RoutinesArgs::all},
       // Shell completion asks for these at Tab time, so her own routines complete too.
       {.name = "--slugs", .help = "Only the slugs, one a line (for scripts and completion)",
        .field = &RoutinesArgs::slugs}},
      run);
}

}  // namespace backcare::commands

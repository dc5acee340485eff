#include "commands/registry.hpp"
#include "commands/report_catalogue.hpp"

namespace backcare::commands {
namespace {

struct RoutinesArgs {
  bool all = false;
};

reports::RoutineList run(const RoutinesArgs& args, Env& env) { return {report_catalogue(env, args.all)}; }

}  // namespace

Command routines_command() {
  return command<RoutinesArgs>(
      {"routines", "The catalogue of routines: slug, name, kind, dose", "  backcare routines\n  backcare routines --all --json"},
      Diary::reads, Output::text_or_json, {{.name = "--all", .help = "Include retired routines", .field = &RoutinesArgs::all}}, run);
}

}  // namespace backcare::commands

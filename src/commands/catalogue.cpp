#include "commands/commands.hpp"
#include "commands/report_catalogue.hpp"
#include "commands/slugs.hpp"

namespace backcare::commands {
namespace {

/// Notes that depend on what the user told backcare: exercises wait for recovery.
std::vector<std::string> setting_notes(const domain::Routine& routine, const domain::Settings& settings) {
  std::vector<std::string> notes;
  if (!routine.from_article || !domain::is_exercise(routine)) return notes;
  if (settings.birth_type == domain::BirthType::caesarean && settings.cleared_for_exercise != true) {
    notes.push_back("You had a caesarean: wait until your midwife or doctor says abdominal exercise is OK "
                    "(then: backcare config cleared-for-exercise yes).");
  } else if (!settings.birth_date && !settings.cleared_for_exercise) {
    notes.push_back("Exercises wait until your body has recovered: usually after the 6–8 week postnatal check.");
  }
  return notes;
}

}  // namespace

reports::RoutineList run(const cli::RoutinesArgs& args, Env& env) {
  return {report_catalogue(env, args.all)};
}

reports::RoutineDetail run(const cli::ShowArgs& args, Env& env) {
  const auto routines = report_catalogue(env, true);
  const auto slug = resolve_slug(args.slug, routines);
  for (const auto& routine : routines) {
    if (routine.slug == slug) return {routine, setting_notes(routine, env.settings)};
  }
  return {};
}

reports::RedFlagsView run(const cli::RedflagsArgs&, Env& env) { return {env.content.redflags}; }

}  // namespace backcare::commands

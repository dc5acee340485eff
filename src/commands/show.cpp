#include "commands/registry.hpp"
#include "commands/report_catalogue.hpp"
#include "commands/slugs.hpp"

namespace backcare::commands {
namespace {

struct ShowArgs {
  std::string slug;
};

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

reports::RoutineDetail run(const ShowArgs& args, Env& env) {
  const auto routines = report_catalogue(env, true);
  const auto slug = resolve_slug(args.slug, routines);
  for (const auto& routine : routines) {
    if (routine.slug == slug) return {routine, setting_notes(routine, env.settings)};
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

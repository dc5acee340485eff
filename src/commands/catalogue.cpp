#include "commands/commands.hpp"
#include "commands/slugs.hpp"

namespace backcare::commands {
namespace {

/// Article routines carry the full text from content/; the database knows only the catalogue columns.
domain::Routine with_article_text(const domain::Routine& row, const content::Content& content) {
  const auto* article = row.from_article ? content.find(row.slug) : nullptr;
  if (!article) return row;
  domain::Routine full = *article;
  full.retired = row.retired;
  return full;
}

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
  reports::RoutineList list;
  for (const auto& row : env.db().routines(args.all)) list.routines.push_back(with_article_text(row, env.content));
  return list;
}

reports::RoutineDetail run(const cli::ShowArgs& args, Env& env) {
  const auto rows = env.db().routines(true);
  const auto slug = resolve_slug(args.slug, rows);
  for (const auto& row : rows) {
    if (row.slug != slug) continue;
    auto routine = with_article_text(row, env.content);
    auto notes = setting_notes(routine, env.settings);
    return {std::move(routine), std::move(notes)};
  }
  return {};
}

reports::RedFlagsView run(const cli::RedflagsArgs&, Env& env) { return {env.content.redflags}; }

}  // namespace backcare::commands

#include "commands/commands.hpp"
#include "commands/slugs.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/row_checks.hpp"

namespace backcare::commands {
namespace {

void check_slug(const std::string& slug) {
  if (!domain::is_routine_slug(slug)) {
    throw UserError("invalid routine slug '" + domain::quote_for_message(slug) +
                    "': accepted 1 to 40 lower-case letters, digits and dashes, starting with a letter");
  }
}

void check_text(const std::string& text, const char* what, std::size_t min, std::size_t max) {
  if (!domain::is_plain_line(text, min, max)) {
    throw UserError(std::string("invalid ") + what + " '" + domain::quote_for_message(text) + "': accepted " +
                    std::to_string(min) + " to " + std::to_string(max) + " characters of plain text on one line");
  }
}

}  // namespace

reports::Confirmation run(const cli::RoutineAddArgs& args, Env& env) {
  check_slug(args.slug);
  check_text(args.name, "--name", 1, 80);
  check_text(args.dose, "--dose", 0, 80);
  if (!domain::is_routine_kind(args.kind)) {
    throw UserError("invalid --kind '" + domain::quote_for_message(args.kind) +
                    "': accepted massage, exercise, heat or other");
  }
  for (const auto& routine : env.db().routines(true)) {
    if (routine.slug == args.slug) {
      throw UserError("routine '" + args.slug + "' already exists" + (routine.retired ? " (retired)" : "") +
                      ": accepted a new slug");
    }
  }
  domain::Routine routine;
  routine.slug = args.slug;
  routine.name = args.name;
  routine.kind = args.kind;
  routine.dose = args.dose;
  routine.from_article = false;
  env.db().add_routine(routine, domain::utc_text(env.now));
  return {{"added routine " + routine.slug + " (" + routine.name + ")"}};
}

reports::Confirmation run(const cli::RoutineRetireArgs& args, Env& env) {
  const auto slug = resolve_slug(args.slug, env.db().routines(true));
  env.db().retire_routine(slug, domain::utc_text(env.now));
  return {{"retired routine " + slug + ": hidden from lists, its history kept ('backcare undo' brings it back)"}};
}

}  // namespace backcare::commands

#include "commands/registry.hpp"
#include "commands/support/slugs.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct RoutineAddArgs {
  std::string slug, name, kind, dose;
};

struct RoutineRetireArgs {
  std::string slug;
};

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

void check_new_slug(const std::string& slug, const std::vector<domain::Routine>& routines) {
  for (const auto& routine : routines) {
    if (routine.slug == slug) {
      throw UserError("routine '" + slug + "' already exists" + (routine.retired ? " (retired)" : "") +
                      ": accepted a new slug");
    }
  }
}

views::RoutineChanged add(const RoutineAddArgs& args, Env& env) {
  check_slug(args.slug);
  check_text(args.name, "--name", 1, 80);
  check_text(args.dose, "--dose", 0, 80);
  if (!domain::is_routine_kind(args.kind)) {
    throw UserError("invalid --kind '" + domain::quote_for_message(args.kind) +
                    "': accepted massage, exercise, heat or other");
  }
  check_new_slug(args.slug, env.db().routines(true));
  domain::Routine routine;
  routine.slug = args.slug;
  routine.name = args.name;
  routine.kind = args.kind;
  routine.dose = args.dose;
  routine.from_article = false;
  env.db().add_routine(routine, domain::utc_text(env.now));
  return {views::RoutineChanged::Change::added, routine.slug, routine.name};
}

views::RoutineChanged retire(const RoutineRetireArgs& args, Env& env) {
  const auto slug = resolve_slug(args.slug, env.db().routines(true));
  env.db().retire_routine(slug, domain::utc_text(env.now));
  return {views::RoutineChanged::Change::retired, slug, {}};
}

/// The retired routine `text` names: its exact slug or a unique prefix among the retired ones.
std::string retired_slug(const std::string& text, const std::vector<domain::Routine>& routines) {
  std::vector<domain::Routine> retired;
  for (const auto& routine : routines) {
    if (routine.slug == text && !routine.retired) throw UserError("routine '" + text + "' is in use, not retired: nothing to bring back");
    if (routine.retired) retired.push_back(routine);
  }
  if (retired.empty()) throw UserError("no retired routine '" + domain::quote_for_message(text) + "': none is retired");
  for (auto& routine : retired) routine.retired = false;  // so resolve_slug looks among them
  return resolve_slug(text, retired);
}

views::RoutineChanged unretire(const RoutineRetireArgs& args, Env& env) {
  const auto slug = retired_slug(args.slug, env.db().routines(true));
  env.db().unretire_routine(slug, domain::utc_text(env.now));
  return {views::RoutineChanged::Change::unretired, slug, {}};
}

}  // namespace

Command routine_command() {
  auto add_command = command<RoutineAddArgs>(
      {"add", "Add a routine of your own",
       "  backcare routine add pelvic-tilt --name \"Pelvic tilt\" --kind exercise --dose \"10 reps\""},
      Diary::writes, Output::text,
      {{.name = "slug", .help = "Short name: lower-case letters, digits and dashes", .field = &RoutineAddArgs::slug,
        .required = true},
       {.name = "--name", .help = "Its name", .field = &RoutineAddArgs::name, .required = true},
       {.name = "--kind", .help = "massage, exercise, heat or other", .field = &RoutineAddArgs::kind, .required = true},
       {.name = "--dose", .help = "How much, e.g. \"10 reps\"", .field = &RoutineAddArgs::dose}},
      add);
  auto retire_command = command<RoutineRetireArgs>(
      {"retire", "Hide a routine from lists; its history is kept", "  backcare routine retire pelvic-tilt"},
      Diary::writes, Output::text,
      {{.name = "slug", .help = "Routine slug", .field = &RoutineRetireArgs::slug, .required = true}}, retire);
  auto unretire_command = command<RoutineRetireArgs>(
      {"unretire", "Bring a retired routine back into lists and suggestions", "  backcare routine unretire pelvic-tilt"},
      Diary::writes, Output::text,
      {{.name = "slug", .help = "Slug of a retired routine ('backcare routines --all' lists them)",
        .field = &RoutineRetireArgs::slug, .required = true}},
      unretire);
  return group({"routine", "Add, retire or bring back routines (your own, or the article's)",
                "  backcare routine add pelvic-tilt --name \"Pelvic tilt\" --kind exercise --dose \"10 reps\"\n"
                "  backcare routine retire pelvic-tilt\n  backcare routine unretire pelvic-tilt"},
               {std::move(add_command), std::move(retire_command), std::move(unretire_command)});
}

}  // namespace backcare::commands

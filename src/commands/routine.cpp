#include <algorithm>

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

struct RoutineEditArgs {
  std::string slug;
  std::optional<std::string> name, kind, dose;
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

void check_kind(const std::string& kind) {
  if (!domain::is_routine_kind(kind)) {
    throw UserError("invalid --kind '" + domain::quote_for_message(kind) + "': accepted massage, exercise, heat or other");
  }
}

views::RoutineChanged add(const RoutineAddArgs& args, Env& env) {
  check_slug(args.slug);
  check_text(args.name, "--name", 1, 80);
  check_text(args.dose, "--dose", 0, 80);
  check_kind(args.kind);
  check_new_slug(args.slug, env.db().routines(true));
  domain::Routine routine;
  routine.slug = args.slug;
  routine.name = args.name;
  routine.kind = args.kind;
  routine.dose = args.dose;
  routine.from_article = false;
  env.db().add_routine(routine, domain::utc_text(env.now));
  return {views::RoutineChanged::Change::added, routine.slug, routine.name, {}, {}};
}

views::RoutineChanged edit(const RoutineEditArgs& args, Env& env) {
  if (!args.name && !args.kind && !args.dose) {
    throw UserError("nothing to change for routine '" + domain::quote_for_message(args.slug) +
                    "': accepted --name, --kind or --dose");
  }
  if (args.name) check_text(*args.name, "--name", 1, 80);
  if (args.kind) check_kind(*args.kind);
  if (args.dose) check_text(*args.dose, "--dose", 0, 80);
  const auto routines = env.db().routines(true);
  const auto slug = resolve_slug(args.slug, routines);
  auto changed = *std::find_if(routines.begin(), routines.end(), [&slug](const auto& r) { return r.slug == slug; });
  if (args.name) changed.name = *args.name;
  if (args.kind) changed.kind = *args.kind;
  if (args.dose) changed.dose = *args.dose;
  // The store reads the routine again inside the write, and refuses an article's routine.
  auto before = env.db().edit_routine(changed, domain::utc_text(env.now));
  return {views::RoutineChanged::Change::edited, changed.slug, changed.name, std::move(before), changed};
}

views::RoutineChanged retire(const RoutineRetireArgs& args, Env& env) {
  const auto slug = resolve_slug(args.slug, env.db().routines(true));
  env.db().retire_routine(slug, domain::utc_text(env.now));
  return {views::RoutineChanged::Change::retired, slug, {}, {}, {}};
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
  return {views::RoutineChanged::Change::unretired, slug, {}, {}, {}};
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
  auto edit_command = command<RoutineEditArgs>(
      {"edit", "Change the name, kind or dose of a routine of your own",
       "  backcare routine edit cat-stretch --name \"Cat stretch\" --kind exercise --dose \"5 slow rounds\"\n\n"
       "An import of a CSV file makes each routine it does not know from its slug alone (kind exercise):\n"
       "this gives it its name. 'backcare undo' puts the routine back as it was."},
      Diary::writes, Output::text,
      {{.name = "slug", .help = "Slug of a routine of your own", .field = &RoutineEditArgs::slug, .required = true},
       {.name = "--name", .help = "Its new name", .field = &RoutineEditArgs::name},
       {.name = "--kind", .help = "massage, exercise, heat or other", .field = &RoutineEditArgs::kind},
       {.name = "--dose", .help = "How much, e.g. \"10 reps\" (\"\" for none)", .field = &RoutineEditArgs::dose}},
      edit);
  return group({"routine", "Add, retire or bring back routines (your own, or the article's)",
                "  backcare routine add pelvic-tilt --name \"Pelvic tilt\" --kind exercise --dose \"10 reps\"\n"
                "  backcare routine retire pelvic-tilt\n  backcare routine unretire pelvic-tilt"},
               {std::move(add_command), std::move(edit_command), std::move(retire_command),
                std::move(unretire_command)});
}

}  // namespace backcare::commands

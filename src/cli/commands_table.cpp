#include "cli/commands_table.hpp"

namespace backcare::cli {
namespace {

void add_json(CLI::App& app, bool& json) { app.add_flag("--json", json, "Print JSON for scripts instead of text"); }

void add_date(CLI::App& app, std::optional<std::string>& date, const char* help) {
  app.add_option("--date", date, help)->type_name("DAY");
}

const char* kDayHelp = "Day it counts for: YYYY-MM-DD, today, yesterday or a weekday name (default today)";

}  // namespace

const std::vector<CommandSpec>& command_table() {
  static const std::vector<CommandSpec> table{
      {"pain", "Log pain on the 0-10 scale (0 = no pain, 10 = worst pain you can imagine)",
       "  backcare pain 6\n  backcare pain 4 --date yesterday --note \"after the walk\"",
       [](CLI::App& app, Slots& s) {
         app.add_option("level", s.pain.level, "A whole number from 0 to 10")->required();
         add_date(app, s.pain.date, kDayHelp);
         app.add_option("--note", s.pain.note, "A note, up to 1000 characters");
       },
       [](const Slots& s) -> Command { return s.pain; }},
      {"done", "Mark one or more routines done (slugs or unique prefixes)",
       "  backcare done back-rub knee-hug\n  backcare done hot-compress --date 2026-11-20 --minutes 20",
       [](CLI::App& app, Slots& s) {
         app.add_option("routines", s.done.slugs, "Routine slugs, see 'backcare routines'")->required();
         add_date(app, s.done.date, kDayHelp);
         app.add_option("--reps", s.done.reps, "Repetitions, 1 to 1000")->type_name("N");
         app.add_option("--minutes", s.done.minutes, "Minutes, 1 to 600")->type_name("M");
         app.add_option("--note", s.done.note, "A note, up to 1000 characters");
       },
       [](const Slots& s) -> Command { return s.done; }},
      {"today", "Today's entries and a checklist of the routines", "  backcare today\n  backcare today --json",
       [](CLI::App& app, Slots& s) { add_json(app, s.today.json); },
       [](const Slots& s) -> Command { return s.today; }},
      {"history", "Entries, newest first (default the last 30 days)",
       "  backcare history --from 2026-11-01\n  backcare history --from monday --json",
       [](CLI::App& app, Slots& s) {
         app.add_option("--from", s.history.from, "First day (YYYY-MM-DD, today, yesterday, a weekday)")->type_name("DAY");
         app.add_option("--to", s.history.to, "Last day (default today)")->type_name("DAY");
         add_json(app, s.history.json);
       },
       [](const Slots& s) -> Command { return s.history; }},
      {"routines", "The catalogue of routines: slug, name, kind, dose",
       "  backcare routines\n  backcare routines --all --json",
       [](CLI::App& app, Slots& s) {
         app.add_flag("--all", s.routines.all, "Include retired routines");
         add_json(app, s.routines.json);
       },
       [](const Slots& s) -> Command { return s.routines; }},
      {"show", "A routine's full instructions, cautions and its place in the article",
       "  backcare show knee-hug\n  backcare show hot --json",
       [](CLI::App& app, Slots& s) {
         app.add_option("routine", s.show.slug, "Routine slug or unique prefix")->required();
         add_json(app, s.show.json);
       },
       [](const Slots& s) -> Command { return s.show; }},
      {"redflags", "Symptoms that need care, by urgency", "  backcare redflags",
       [](CLI::App& app, Slots& s) { add_json(app, s.redflags.json); },
       [](const Slots& s) -> Command { return s.redflags; }},
      {"undo", "Reverse the last command that wrote, and say what it removed", "  backcare undo",
       [](CLI::App& app, Slots& s) { add_json(app, s.undo.json); },
       [](const Slots& s) -> Command { return s.undo; }},
      {"config", "Show or change settings: birth-date, birth-type, cleared-for-exercise, day-starts, week-start",
       "  backcare config\n  backcare config birth-date 2026-10-02\n  backcare config birth-type caesarean\n"
       "  backcare config cleared-for-exercise --unset",
       [](CLI::App& app, Slots& s) {
         app.add_option("key", s.config.key, "The setting");
         app.add_option("value", s.config.value, "Its new value");
         app.add_flag("--unset", s.config.unset, "Remove the setting (back to its default)");
         add_json(app, s.config.json);
       },
       [](const Slots& s) -> Command { return s.config; }},
      {"routine", "Add or retire your own routines (one a physiotherapist prescribed, say)",
       "  backcare routine add pelvic-tilt --name \"Pelvic tilt\" --kind exercise --dose \"10 reps\"\n"
       "  backcare routine retire pelvic-tilt",
       [](CLI::App& app, Slots& s) {
         app.require_subcommand(1);
         auto* add = app.add_subcommand("add", "Add a routine of your own");
         add->add_option("slug", s.routine_add.slug, "Short name: lower-case letters, digits and dashes")->required();
         add->add_option("--name", s.routine_add.name, "Its name")->required();
         add->add_option("--kind", s.routine_add.kind, "massage, exercise, heat or other")->required();
         add->add_option("--dose", s.routine_add.dose, "How much, e.g. \"10 reps\"");
         auto* retire = app.add_subcommand("retire", "Hide a routine from lists; its history is kept");
         retire->add_option("slug", s.routine_retire.slug, "Routine slug")->required();
         s.routine_add_app = add;
       },
       [](const Slots& s) -> Command {
         if (s.routine_add_app->parsed()) return s.routine_add;
         return s.routine_retire;
       }},
  };
  return table;
}

}  // namespace backcare::cli

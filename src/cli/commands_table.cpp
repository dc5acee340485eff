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
      {"checkin", "Evening check-in: asks pain, routines done and a note, then records them",
       "  backcare checkin\n  printf '4\\n1 3\\n\\ny\\n' | backcare checkin\n\n"
       "It shows what it will record and asks y/n first; a refused answer is asked again. End of input or\n"
       "Ctrl-C before the y records nothing, and 'backcare undo' reverses the whole check-in.",
       [](CLI::App&, Slots&) {},
       [](const Slots& s) -> Command { return s.checkin; }},
      {"today", "Today's entries and a checklist of the routines", "  backcare today\n  backcare today --json",
       [](CLI::App& app, Slots& s) { add_json(app, s.today.json); },
       [](const Slots& s) -> Command { return s.today; }},
      {"suggest", "Routines that fit today, with why, one tip and when to seek care",
       "  backcare suggest\n  backcare suggest --helper --all\n\n"
       "Rules, in order: a routine done today is not suggested again (unless the article gives it twice a day);\n"
       "exercises wait for cleared-for-exercise, or 6 weeks after birth-date (8 after a caesarean); after a day\n"
       "with pain of 7 or more, gentle routines only; routines needing a second person only with --helper; the\n"
       "article's times of day (morning before 11:00, evening from 19:00); then the longest undone first.\n"
       "Your own routines are ranked the same way, without times of day or the exercise wait.",
       [](CLI::App& app, Slots& s) {
         add_date(app, s.suggest.date, "Suggest for this day (default today)");
         app.add_flag("--helper", s.suggest.helper, "Someone can help today (adds routines that need a second person)");
         app.add_flag("--all", s.suggest.all, "Every routine that fits, not just the first four");
         add_json(app, s.suggest.json);
       },
       [](const Slots& s) -> Command { return s.suggest; }},
      {"week", "The weekly summary: a row per day, the week's pain and routines",
       "  backcare week\n  backcare week last\n  backcare week 2026-W47\n  backcare week 2026-11-24 --json\n\n"
       "Weeks run Monday to Sunday and are named by ISO week (2026-W48). With 'backcare config week-start\n"
       "sunday' they run Sunday to Saturday and are named by their first day (2026-11-22); an ISO week then\n"
       "means the Sunday week holding its Monday.",
       [](CLI::App& app, Slots& s) {
         app.add_option("week", s.week.week, "2026-W47, last, or a day YYYY-MM-DD in the week (default this week)")
             ->type_name("WEEK");
         add_json(app, s.week.json);
       },
       [](const Slots& s) -> Command { return s.week; }},
      {"trend", "How pain changes over the weeks, and whether the change is meaningful",
       "  backcare trend\n  backcare trend --weeks 12\n  backcare trend --all --json\n\n"
       "Weeks follow the week-start setting. The baseline is the first week in the diary with 5 or more\n"
       "logged days, the latest the most recent week with 3 or more; a week's pain is the mean of its daily\n"
       "means. Associations and habits cover the weeks shown.",
       [](CLI::App& app, Slots& s) {
         auto* weeks = app.add_option("--weeks", s.trend.weeks, "The last N weeks, 1 to 520 (default 8)")->type_name("N");
         auto* since = app.add_option("--since", s.trend.since, "The weeks from the one holding this day")->type_name("DAY");
         auto* all = app.add_flag("--all", s.trend.all, "Every week since the first entry");
         weeks->excludes(since)->excludes(all);
         since->excludes(all);
         add_json(app, s.trend.json);
       },
       [](const Slots& s) -> Command { return s.trend; }},
      {"report", "Write an HTML report to look at, print or bring to a physiotherapist (default the last 12 weeks)",
       "  backcare report\n  backcare report --from 2026-09-01 --to 2026-11-26 --out report.html\n\n"
       "One self-contained file: a chart of pain, a calendar of routines, the weeks, the change from the\n"
       "baseline and the red flags. It opens offline and prints on A4 or Letter. Default name\n"
       "backcare-report-FROM-TO.html in the current directory, readable by you only (mode 0600).",
       [](CLI::App& app, Slots& s) {
         app.add_option("--from", s.report.from, "First day (YYYY-MM-DD, today, yesterday, a weekday)")->type_name("DAY");
         app.add_option("--to", s.report.to, "Last day (default today)")->type_name("DAY");
         app.add_option("--out", s.report.out, "Write to this file")->type_name("FILE");
         add_json(app, s.report.json);
       },
       [](const Slots& s) -> Command { return s.report; }},
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
      {"export", "Write every entry, your routines and settings as CSV or JSON, to stdout or a file",
       "  backcare export --out diary.csv\n  backcare export --format json > diary.json\n\n"
       "CSV holds the entries; JSON also holds your own routines and settings. A file written with --out is\n"
       "readable by you only (mode 0600) and replaced whole, never half written.",
       [](CLI::App& app, Slots& s) {
         app.add_option("--format", s.export_args.format, "csv or json (default: from --out's name, else csv)")
             ->type_name("FORMAT");
         app.add_option("--out", s.export_args.out, "Write to this file instead of stdout")->type_name("FILE");
       },
       [](const Slots& s) -> Command { return s.export_args; }},
      {"import", "Add the entries of an export file; one bad row and nothing is written",
       "  backcare import diary.csv\n  backcare import old-phone.json\n\n"
       "Every row is checked first: one bad row and nothing is written. Entries the diary already holds are\n"
       "not added again, so importing a file twice adds nothing the second time. Settings you already have\n"
       "are kept. 'backcare undo' does not reverse an import: it reverses the last command before it.",
       [](CLI::App& app, Slots& s) {
         app.add_option("file", s.import_args.file, "A file written by 'backcare export'")->required();
         app.add_option("--format", s.import_args.format, "csv or json (default: from the file's name)")
             ->type_name("FORMAT");
         add_json(app, s.import_args.json);
       },
       [](const Slots& s) -> Command { return s.import_args; }},
      {"backup", "Copy the diary to a file, safely even while another backcare writes",
       "  backcare backup ~/backcare-2026-11-26.db\n  backcare backup /media/usb/backcare.db --force\n\n"
       "The copy is a whole SQLite diary, readable by you only (mode 0600): open it with --db FILE.",
       [](CLI::App& app, Slots& s) {
         app.add_option("file", s.backup.file, "Where the copy goes")->required();
         app.add_flag("--force", s.backup.force, "Replace FILE if it exists");
         add_json(app, s.backup.json);
       },
       [](const Slots& s) -> Command { return s.backup; }},
      {"check", "Check the diary file for damage (SQLite integrity and foreign-key checks)",
       "  backcare check\n  backcare check --json",
       [](CLI::App& app, Slots& s) { add_json(app, s.check.json); },
       [](const Slots& s) -> Command { return s.check; }},
  };
  return table;
}

}  // namespace backcare::cli

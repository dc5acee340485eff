#include "commands/commands.hpp"
#include "commands/slugs.hpp"
#include "domain/inputs.hpp"

namespace backcare::commands {
namespace {

constexpr int kSevere = 7;

std::string day_phrase(domain::Day day) { return domain::format_long(day); }

std::string note_or_empty(const std::optional<std::string>& note) {
  if (!note) return {};
  domain::check_note(*note);
  return *note;
}

}  // namespace

reports::Confirmation run(const cli::PainArgs& args, Env& env) {
  domain::PainEntry entry;
  entry.level = domain::parse_level(args.level);
  entry.day = args.date ? domain::parse_day_argument(*args.date, env.today, "--date") : env.today;
  entry.note = note_or_empty(args.note);
  entry.time = domain::local_time_text(env.now);
  entry.logged_at = domain::utc_text(env.now);
  env.db().add_pain(entry);
  reports::Confirmation confirmation{{"logged pain " + std::to_string(entry.level) + "/10 for " + day_phrase(entry.day)}};
  if (entry.level >= kSevere) {
    confirmation.lines.push_back(
        "Pain of 7 or more: please read 'backcare redflags' for symptoms that need care soon.");
  }
  return confirmation;
}

reports::Confirmation run(const cli::DoneArgs& args, Env& env) {
  const auto routines = env.db().routines(true);
  std::vector<domain::Completion> completions;
  domain::Completion done;
  done.day = args.date ? domain::parse_day_argument(*args.date, env.today, "--date") : env.today;
  if (args.reps) done.reps = domain::parse_count(*args.reps, 1, 1000, "--reps");
  if (args.minutes) done.minutes = domain::parse_count(*args.minutes, 1, 600, "--minutes");
  done.note = note_or_empty(args.note);
  done.time = domain::local_time_text(env.now);
  done.logged_at = domain::utc_text(env.now);
  std::string names;
  // Every slug is resolved before anything is written: one unknown slug and nothing is logged.
  for (const auto& text : args.slugs) {
    done.slug = resolve_slug(text, routines);
    completions.push_back(done);
    names += (names.empty() ? "" : ", ") + done.slug;
  }
  env.db().add_completions(completions);
  return {{"logged " + names + " for " + day_phrase(done.day)}};
}

}  // namespace backcare::commands

#include "checkin/converse.hpp"
#include "commands/commands.hpp"
#include "domain/errors.hpp"

namespace backcare::commands {

reports::Confirmation run(const cli::CheckinArgs&, Env& env) {
  checkin::Dialog dialog(env.today, env.db().routines(false));
  // Nothing is written until the summary is confirmed; end of input (or Ctrl-C, which ends the process)
  // before that leaves the diary as it was.
  if (!checkin::converse(dialog, *env.in, *env.talk, env.echo_answers)) {
    throw UserError("the check-in ended before it was confirmed: nothing was recorded");
  }
  if (!dialog.confirmed()) return {{"nothing recorded"}};
  const auto& answers = dialog.answers();
  domain::PainEntry entry;
  entry.level = answers.level;
  entry.day = env.today;
  entry.note = answers.note;
  entry.time = domain::local_time_text(env.now);
  entry.logged_at = domain::utc_text(env.now);
  std::vector<domain::Completion> completions;
  for (const auto& slug : answers.slugs) {
    domain::Completion done;
    done.day = entry.day;
    done.time = entry.time;
    done.logged_at = entry.logged_at;
    done.slug = slug;
    completions.push_back(done);
  }
  env.db().add_checkin(entry, completions);
  std::string names;
  for (const auto& slug : answers.slugs) names += (names.empty() ? "" : ", ") + slug;
  reports::Confirmation confirmation{{"logged pain " + std::to_string(entry.level) + "/10" +
                                      (names.empty() ? "" : " and " + names) + " for " + domain::format_long(entry.day)}};
  if (entry.level >= 7) {
    confirmation.lines.push_back("Pain of 7 or more: please read 'backcare redflags' for symptoms that need care soon.");
  }
  return confirmation;
}

}  // namespace backcare::commands

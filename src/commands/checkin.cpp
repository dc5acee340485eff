#include <map>

#include "checkin/converse.hpp"
#include "commands/registry.hpp"
#include "commands/support/day_range.hpp"
#include "commands/support/entries.hpp"
#include "commands/support/report_catalogue.hpp"
#include "commands/support/tags.hpp"
#include "domain/errors.hpp"
#include "rules/phase.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct CheckinArgs {};  // no options, and no --json: it is a conversation

views::Logged run(const CheckinArgs&, Env& env) {
  // The routines as `today` lists them, content's phase rules included, so held ones are marked.
  auto routines = report_catalogue(env, false);
  std::map<std::string, rules::Hold> held;
  for (const auto& routine : routines) {
    if (const auto hold = rules::hold_of(routine.hold, env.settings, env.today)) held.emplace(routine.slug, *hold);
  }
  // Where it hurt (issue 27) and tags (issue 29) are asked only at a terminal: piped answers, which echo,
  // meet exactly the questions they met before regions, in the same order.
  auto where_kinds = env.echo_answers ? std::vector<domain::PlaceKind>{} : env.content.region_kinds();
  auto tags = env.echo_answers ? std::vector<std::string>{} : known_tags(env);
  checkin::Dialog dialog(env.today, std::move(routines), times_done(env.today, env), std::move(held),
                         std::move(where_kinds), std::move(tags));
  // Nothing is written until the summary is confirmed; end of input (or Ctrl-C, which ends the process)
  // before that leaves the diary as it was.
  // She may take minutes to answer: meanwhile the diary is not locked against another terminal or
  // device. Nothing read here is written back: the write adds new entries, and checks their routines
  // again itself.
  bool answered = false;
  env.db().release_while([&] { answered = checkin::converse(dialog, *env.in, *env.talk, env.echo_answers); });
  if (!answered) {
    throw UserError("the check-in ended before it was confirmed: nothing was recorded");
  }
  if (!dialog.confirmed()) {
    views::Logged declined;
    declined.nothing = true;
    return declined;
  }
  const auto& answers = dialog.answers();
  const auto time = domain::local_time_text(env.now);
  auto entry = new_pain_entry(answers.level, env.today, time, answers.note, env.now);
  entry.regions = answers.regions;
  // Read again as `pain --tag` reads them, so a notice shows once a day. The dialog took known tags only;
  // one that another terminal took out of use meanwhile is made again, and the confirmation says it is new.
  const auto given = given_tags(answers.tags, true, env.today, env);
  entry.tags = given.tags;
  auto ids = env.db().add_checkin(entry, new_completions(answers.slugs, env.today, time, env.now));
  auto view = logged(env.today, answers.level, answers.slugs, std::move(ids), env);
  view.regions = answers.regions;
  note_tags(view, entry.tags, given, env);
  return view;
}

}  // namespace

Command checkin_command() {
  return command<CheckinArgs>(
      {"checkin", "Evening check-in: asks pain, routines done and a note, then records them",
       "  backcare checkin\n  printf '4\\n1 3\\n\\ny\\n' | backcare checkin\n\n"
       "It shows what it will record and asks y/n first; a refused answer is asked again. End of input or\n"
       "Ctrl-C before the y records nothing, and 'backcare undo' reverses the whole check-in. Routines already\n"
       "done today are marked in its list; giving one's number logs it once more. Typed at a terminal, it asks\n"
       "two optional questions more: where it hurt after a pain above 0 (regions as for 'pain --where'), and\n"
       "the day's tags after the note (those 'backcare tags' lists); piped answers are not asked them."},
      Diary::writes, Output::text, {}, run);
}

}  // namespace backcare::commands

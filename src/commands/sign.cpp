#include "commands/registry.hpp"
#include "commands/support/entries.hpp"
#include "commands/support/redflags_now.hpp"
#include "domain/inputs.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

/// As typed: checked here, so every message about a bad value has one form.
struct SignArgs {
  std::string sign;
  std::optional<std::string> date, time, note;
};

views::Logged run(const SignArgs& args, Env& env) {
  domain::SignEntry entry;
  entry.sign = domain::parse_place(args.sign, env.content.sign_kinds(), "sign");
  entry.day = args.date ? domain::parse_entry_day(*args.date, env.today, env.calendar_today) : env.today;
  entry.time = entry_time(args.time, entry.day, env);
  entry.note = checked_note(args.note);
  entry.logged_at = domain::utc_text(env.now);
  auto ids = env.db().add_sign(entry);
  auto view = logged(entry.day, std::nullopt, {}, std::move(ids), env);
  view.sign = entry.sign;
  view.past_sign = past_sign_flag(entry, env);
  return view;
}

}  // namespace

Command sign_command() {
  return command<SignArgs>(
      {"sign", "Record a sign beside pain, in a leg or below: 'backcare redflags' lists them",
       "  backcare sign leg-swelling:left\n  backcare sign leg-numbness:both --time 07:40\n"
       "  backcare sign bladder-bowel --note \"could not feel when my bladder was full\"\n\n"
       "Signs: leg-numbness, leg-tingling, leg-weakness and leg-swelling, each with the leg (:left, :right or\n"
       ":both); saddle-numbness; bladder-bowel. 'backcare redflags' says what each one means, and which need\n"
       "care now: backcare says so as soon as one is recorded. 'backcare undo' takes a sign back."},
      Diary::writes, Output::text_or_json,
      {{.name = "sign", .help = "The sign, as leg-swelling:left", .field = &SignArgs::sign, .type_name = "SIGN[:SIDE]",
        .required = true},
       {.name = "--date", .help = kDayHelp, .field = &SignArgs::date, .type_name = "DAY"},
       {.name = "--time", .help = kTimeHelp, .field = &SignArgs::time, .type_name = "HH:MM"},
       {.name = "--note", .help = "A note, up to 1000 characters", .field = &SignArgs::note}},
      run);
}

}  // namespace backcare::commands

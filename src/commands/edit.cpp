#include "commands/support/entries.hpp"
#include "commands/registry.hpp"
#include "commands/support/redflags_now.hpp"
#include "commands/support/slugs.hpp"
#include "commands/support/tags.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/text.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

using Kind = domain::EntryId::Kind;

/// Unlike a new entry's, an edit's day and time default to the entry's own: only what is given changes.
constexpr const char* kEditDayHelp = "Move it to this day: YYYY-MM-DD, today, yesterday or a weekday name (default: its own)";
constexpr const char* kEditTimeHelp = "New clock time on its day (default: its own); before day-starts: that night";

/// As typed: each value is checked by the function that checks it for a new entry.
struct EditArgs {
  std::string id;
  std::optional<std::string> level, note, date, time, routine, reps, minutes, sign;
  std::vector<std::string> where, tags;
  bool new_tag = false;
};

/// What each kind of entry accepts, for the messages.
const char* accepted_options(Kind kind) {
  switch (kind) {
    case Kind::pain: return "--level, --where, --tag, --date, --time or --note for a pain entry";
    case Kind::done: return "--routine, --reps, --minutes, --tag, --date, --time or --note for a routine done";
    case Kind::sign: return "--sign, --date, --time or --note for a sign";
    case Kind::tag: break;
  }
  return "--tag (one), --date or --time for a day's tag";
}

/// The first option given that `kind` does not take, or null.
const char* foreign_option(const EditArgs& args, Kind kind) {
  if (kind != Kind::pain && args.level) return "--level";
  if (kind != Kind::pain && !args.where.empty()) return "--where";
  if (kind != Kind::done && args.routine) return "--routine";
  if (kind != Kind::done && args.reps) return "--reps";
  if (kind != Kind::done && args.minutes) return "--minutes";
  if (kind != Kind::sign && args.sign) return "--sign";
  if (kind == Kind::sign && !args.tags.empty()) return "--tag";
  if (kind == Kind::tag && args.note) return "--note";
  return nullptr;
}

/// An option that belongs to the other kind of entry is a mistake, not something to ignore.
void refuse_foreign_options(const EditArgs& args, domain::EntryId id) {
  const auto shown = domain::format_entry_id(id);
  if (const char* option = foreign_option(args, id.kind)) {
    throw UserError(std::string(option) + " does not apply to " + shown + ": accepted " + accepted_options(id.kind));
  }
  if (!args.level && !args.note && !args.date && !args.time && !args.routine && !args.reps && !args.minutes &&
      !args.sign && args.where.empty() && args.tags.empty()) {
    throw UserError("nothing to change for " + shown + ": accepted " + accepted_options(id.kind));
  }
}

/// The day and clock time after the edit, checked as for a new entry. The time stays as it was unless
/// --time is given; it must still not be in the future on the new day.
template <typename Entry>
void edit_moment(const EditArgs& args, Entry& entry, const Env& env) {
  if (args.date) entry.day = domain::parse_entry_day(*args.date, env.today, env.calendar_today);
  const auto time = args.time ? args.time : entry.time.empty() ? std::nullopt : std::optional(entry.time);
  if (time) entry.time = entry_time(time, entry.day, env);
  if (args.note) entry.note = checked_note(args.note);
}

/// --where as given: the new list of places, or none for `--where none`.
std::vector<domain::Place> edited_regions(const std::vector<std::string>& where, const Env& env) {
  if (where.size() == 1 && domain::lower(where.front()) == "none") return {};
  return domain::parse_places(where, env.content.region_kinds(), "region");
}

/// --tag as given: the new list of tags, or none for `--tag none`; checked as for a new entry.
std::vector<std::string> edited_tags(const EditArgs& args, domain::Day day, const Env& env) {
  if (args.tags.size() == 1 && domain::lower(args.tags.front()) == "none") return {};
  return given_tags(args.tags, args.new_tag, day, env).tags;
}

views::EntryEdited edit_pain(const EditArgs& args, domain::EntryId id, Env& env) {
  const auto before = env.db().pain_entry(id.row);
  if (!before) throw no_entry(id, env);
  auto after = *before;
  if (args.level) after.level = domain::parse_level(*args.level);
  if (!args.where.empty()) after.regions = edited_regions(args.where, env);
  edit_moment(args, after, env);
  if (!args.tags.empty()) after.tags = edited_tags(args, after.day, env);
  views::EntryEdited view{id, before, after, {}, {}, {}, {}, {}, {}, after == *before, {}, {}};
  if (view.unchanged) return view;
  // The entry was typed again: logged_at says when, so the day can never be later than its typing allows.
  view.pain_after->logged_at = domain::utc_text(env.now);
  env.db().edit_pain(*view.pain_after);
  view.past_entry = rules::past_entry_flag(after.day, after.level, env.today);
  return view;
}

views::EntryEdited edit_done(const EditArgs& args, domain::EntryId id, Env& env) {
  const auto before = env.db().completion_entry(id.row);
  if (!before) throw no_entry(id, env);
  auto after = *before;
  if (args.routine) after.slug = resolve_slug(*args.routine, env.db().routines(true));
  if (args.reps) after.reps = domain::parse_count(*args.reps, 1, 1000, "--reps");
  if (args.minutes) after.minutes = domain::parse_count(*args.minutes, 1, 600, "--minutes");
  edit_moment(args, after, env);
  if (!args.tags.empty()) after.tags = edited_tags(args, after.day, env);
  views::EntryEdited view{id, {}, {}, before, after, {}, {}, {}, {}, after == *before, {}, {}};
  if (view.unchanged) return view;
  view.done_after->logged_at = domain::utc_text(env.now);
  env.db().edit_completion(*view.done_after);
  return view;
}

views::EntryEdited edit_sign(const EditArgs& args, domain::EntryId id, Env& env) {
  const auto before = env.db().sign_entry(id.row);
  if (!before) throw no_entry(id, env);
  auto after = *before;
  if (args.sign) after.sign = domain::parse_place(*args.sign, env.content.sign_kinds(), "sign");
  edit_moment(args, after, env);
  views::EntryEdited view{id, {}, {}, {}, {}, before, after, {}, {}, after == *before, {}, {}};
  if (view.unchanged) return view;
  view.sign_after->logged_at = domain::utc_text(env.now);
  env.db().edit_sign(*view.sign_after);
  return view;
}

views::EntryEdited edit_tag(const EditArgs& args, domain::EntryId id, Env& env) {
  const auto before = env.db().day_tag_entry(id.row);
  if (!before) throw no_entry(id, env);
  auto after = *before;
  if (args.date) after.day = domain::parse_entry_day(*args.date, env.today, env.calendar_today);
  const auto time = args.time ? args.time : after.time.empty() ? std::nullopt : std::optional(after.time);
  if (time) after.time = entry_time(time, after.day, env);
  if (!args.tags.empty()) {
    const auto tags = given_tags(args.tags, args.new_tag, after.day, env).tags;
    if (tags.size() != 1) throw UserError(std::to_string(args.tags.size()) + " tags for " + domain::format_entry_id(id) + ": accepted one tag for a day's tag");
    after.slug = tags.front();
  }
  views::EntryEdited view{id, {}, {}, {}, {}, {}, {}, before, after, after == *before, {}, {}};
  if (view.unchanged) return view;
  view.tag_after->logged_at = domain::utc_text(env.now);
  env.db().edit_day_tag(*view.tag_after);
  return view;
}

views::EntryEdited edit_entry(const EditArgs& args, domain::EntryId id, Env& env) {
  switch (id.kind) {
    case Kind::pain: return edit_pain(args, id, env);
    case Kind::done: return edit_done(args, id, env);
    case Kind::sign: return edit_sign(args, id, env);
    case Kind::tag: break;
  }
  return edit_tag(args, id, env);
}

views::EntryEdited run(const EditArgs& args, Env& env) {
  const auto id = domain::parse_entry_id(args.id);
  refuse_foreign_options(args, id);
  auto view = edit_entry(args, id, env);
  // After the write, and after an edit that changed nothing too: the answer is the diary's, not the edit's.
  view.due = redflags_now(env);
  return view;
}

}  // namespace

Command edit_command() {
  return command<EditArgs>(
      {"edit", "Correct a past entry: its level, where it hurt, routine, counts, sign, day, time or note",
       "  backcare edit p12 --level 5\n  backcare edit d40 --routine knee-hug --reps 10 --date yesterday\n"
       "  backcare edit p12 --where low-back --where buttock:right\n  backcare edit s3 --sign leg-numbness:right\n"
       "  backcare edit p12 --tag lifting --tag poor-sleep\n  backcare edit t4 --date yesterday\n\n"
       "The ids are in 'backcare history'. Each value is checked as for a new entry, and 'backcare undo' puts\n"
       "the entry back as it was. --note \"\" removes a note; --where replaces the places, and --where none\n"
       "removes them; --tag replaces the tags, and --tag none removes them."},
      Diary::writes, Output::text_or_json,
      {{.name = "id", .help = "The entry: p12 for a pain entry, d12 for a routine done, s12 for a sign, t12 for a day's tag",
        .field = &EditArgs::id, .required = true},
       {.name = "--level", .help = "New pain level, 0 to 10, as 7 or 7/10", .field = &EditArgs::level, .type_name = "N"},
       {.name = "--where", .help = std::string(kWhereHelp) + "; none: not said", .field = &EditArgs::where,
        .type_name = "REGION[:SIDE]"},
       {.name = "--sign", .help = "Another sign, as leg-numbness:left", .field = &EditArgs::sign,
        .type_name = "SIGN[:SIDE]"},
       {.name = "--routine", .help = "Another routine (slug or unique prefix)", .field = &EditArgs::routine,
        .type_name = "SLUG"},
       {.name = "--reps", .help = "Repetitions, 1 to 1000", .field = &EditArgs::reps, .type_name = "N"},
       {.name = "--minutes", .help = "Minutes, 1 to 600", .field = &EditArgs::minutes, .type_name = "M"},
       {.name = "--tag", .help = std::string(kTagHelp) + "; none: no tags", .field = &EditArgs::tags, .type_name = "TAG"},
       {.name = "--new", .help = kNewTagHelp, .field = &EditArgs::new_tag},
       {.name = "--date", .help = kEditDayHelp, .field = &EditArgs::date, .type_name = "DAY"},
       {.name = "--time", .help = kEditTimeHelp, .field = &EditArgs::time, .type_name = "HH:MM"},
       {.name = "--note", .help = "A new note, up to 1000 characters", .field = &EditArgs::note}},
      run);
}

}  // namespace backcare::commands

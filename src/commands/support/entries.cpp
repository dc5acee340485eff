#include "commands/support/entries.hpp"

#include "commands/support/redflags_now.hpp"

#include "domain/entry_rows.hpp"
#include "domain/errors.hpp"
#include "store/store.hpp"
#include "domain/inputs.hpp"
#include "rules/phase.hpp"

namespace backcare::commands {

std::string entry_time(const std::optional<std::string>& time, domain::Day day, const Env& env) {
  if (!time) return day == env.today ? domain::local_time_text(env.now) : std::string{};
  const auto minutes = domain::parse_clock_time(*time);
  if (!minutes) {
    throw UserError("invalid --time '" + domain::quote_for_message(*time) + "': accepted HH:MM from 00:00 to 23:59");
  }
  // A time before day-starts is the small hours after that day's evening, on the next calendar date.
  const int starts = env.settings.day_starts_minutes;
  const auto at = date::local_days{(day + date::days{*minutes < starts ? 1 : 0}).time_since_epoch()} +
                  std::chrono::minutes{*minutes};
  if (at > env.now.local) {
    throw UserError("--time " + *time + " on " + domain::format_long(day) +
                    " is in the future: accepted a time up to now, " + domain::local_time_text(env.now));
  }
  return domain::clock_text(*minutes);
}

domain::PainEntry new_pain_entry(int level, domain::Day day, std::string time, std::string note,
                                 const domain::Now& now) {
  domain::PainEntry entry;
  entry.level = level;
  entry.day = day;
  entry.note = std::move(note);
  entry.time = std::move(time);
  entry.logged_at = domain::utc_text(now);
  return entry;
}

std::vector<domain::Completion> new_completions(const std::vector<std::string>& slugs, domain::Day day,
                                                const std::string& time, const domain::Now& now,
                                                const domain::Completion& details) {
  std::vector<domain::Completion> completions;
  domain::Completion done = details;
  done.day = day;
  done.time = time;
  done.logged_at = domain::utc_text(now);
  for (const auto& slug : slugs) {
    done.slug = slug;
    completions.push_back(done);
  }
  return completions;
}

views::Logged logged(domain::Day day, std::optional<int> level, std::vector<std::string> slugs,
                     std::vector<domain::EntryId> ids, const Env& env) {
  views::Logged confirmation;
  confirmation.day = day;
  confirmation.level = level;
  confirmation.ids = std::move(ids);
  // Asked after the write, so the entry just logged counts; one back-dated past the window is named apart.
  confirmation.due = redflags_now(env);
  if (level) confirmation.past_entry = rules::past_entry_flag(day, *level, env.today);
  // Logged all the same: her physiotherapist may have cleared her; the confirmation says it is held.
  for (const auto& slug : slugs) {
    const auto* routine = env.content.find(slug);
    if (!routine) continue;  // her own routines have no phase rule
    if (const auto hold = rules::hold_of(routine->hold, env.settings, day)) confirmation.held.push_back({slug, *hold});
  }
  confirmation.slugs = std::move(slugs);
  return confirmation;
}

UserError no_entry(domain::EntryId id, const Env& env) {
  const auto name = domain::format_entry_id(id);
  // Ids are never given again (schema 8), so a deleted one is said to be deleted, with when.
  const auto deleted = env.db().deleted_at(id);
  const auto utc = deleted ? domain::parse_utc_text(*deleted) : std::nullopt;
  if (!utc) return UserError("no entry " + name + " in the diary: 'backcare history' shows the ids");
  const domain::Day day{date::floor<date::days>(env.zone.to_local(*utc).time_since_epoch())};
  return UserError(name + " was deleted on " + domain::format_long(day) +
                   "; 'backcare undo' brings back the last change");
}

std::string checked_note(const std::optional<std::string>& note) {
  if (!note) return {};
  domain::check_note(*note);
  return *note;
}

}  // namespace backcare::commands

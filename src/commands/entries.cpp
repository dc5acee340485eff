#include "commands/entries.hpp"

#include "domain/inputs.hpp"
#include "rules/phase.hpp"
#include "rules/redflag_pointer.hpp"

namespace backcare::commands {

domain::PainEntry new_pain_entry(int level, domain::Day day, std::string note, const domain::Now& now) {
  domain::PainEntry entry;
  entry.level = level;
  entry.day = day;
  entry.note = std::move(note);
  entry.time = domain::local_time_text(now);
  entry.logged_at = domain::utc_text(now);
  return entry;
}

std::vector<domain::Completion> new_completions(const std::vector<std::string>& slugs, domain::Day day,
                                                const domain::Now& now, const domain::Completion& details) {
  std::vector<domain::Completion> completions;
  domain::Completion done = details;
  done.day = day;
  done.time = domain::local_time_text(now);
  done.logged_at = domain::utc_text(now);
  for (const auto& slug : slugs) {
    done.slug = slug;
    completions.push_back(done);
  }
  return completions;
}

reports::Logged logged(domain::Day day, std::optional<int> level, std::vector<std::string> slugs, const Env& env) {
  reports::Logged confirmation;
  confirmation.day = day;
  confirmation.level = level;
  if (level) confirmation.pointer = rules::redflag_pointer(rules::entry_evidence(day, *level));
  // Logged all the same: her physiotherapist may have cleared her; the confirmation says it is held.
  for (const auto& slug : slugs) {
    const auto* routine = env.content.find(slug);
    if (!routine) continue;  // her own routines have no phase rule
    if (const auto hold = rules::hold_of(routine->hold, env.settings, day)) confirmation.held.push_back({slug, *hold});
  }
  confirmation.slugs = std::move(slugs);
  return confirmation;
}

std::string checked_note(const std::optional<std::string>& note) {
  if (!note) return {};
  domain::check_note(*note);
  return *note;
}

}  // namespace backcare::commands

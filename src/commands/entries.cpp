#include "commands/entries.hpp"

#include "domain/inputs.hpp"
#include "reports/statistics.hpp"

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

reports::Logged logged(domain::Day day, std::optional<int> level, std::vector<std::string> slugs) {
  reports::Logged confirmation;
  confirmation.day = day;
  confirmation.level = level;
  confirmation.slugs = std::move(slugs);
  confirmation.points_to_redflags = level && *level >= reports::kSevere;
  return confirmation;
}

std::string checked_note(const std::optional<std::string>& note) {
  if (!note) return {};
  domain::check_note(*note);
  return *note;
}

}  // namespace backcare::commands

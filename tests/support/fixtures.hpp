#pragma once
#include <string>
#include <vector>

#include "content/content.hpp"
#include "domain/day.hpp"
#include "domain/entries.hpp"

// Builders for the store tests: a catalogue and entries whose fields no test asserts on are filled in
// here once, so each test spells out only what it checks.
namespace backcare::fixtures {

/// Content whose article routines are `slugs`, in that order, each named after its slug.
inline content::Content content_with(const std::vector<std::string>& slugs) {
  content::Content content;
  for (const auto& slug : slugs) {
    domain::Routine routine;
    routine.slug = slug;
    routine.name = slug;
    routine.kind = "exercise";
    routine.order = int(content.routines.size()) + 1;
    content.routines.push_back(routine);
  }
  content.hash = "v1";
  return content;
}

/// A pain entry logged at 09:00 on `day`.
inline domain::PainEntry pain_entry(domain::Day day, int level) {
  return {0, day, "09:00", "2026-11-26T09:00:00Z", level, ""};
}

/// `slug` done at 09:00 on `day`, without reps or minutes.
inline domain::Completion completion(domain::Day day, const std::string& slug) {
  return {0, day, "09:00", "2026-11-26T09:00:00Z", slug, std::nullopt, std::nullopt, ""};
}

}  // namespace backcare::fixtures

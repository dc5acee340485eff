#pragma once
#include <string>
#include <vector>

#include "content/content.hpp"
#include "domain/day.hpp"
#include "domain/entries.hpp"
#include "domain/entry_rows.hpp"
#include "domain/routine.hpp"

// Builders for every test: routines, content, entries and export rows whose fields no test asserts on
// are filled in here once, so each test spells out only what it checks.
namespace backcare::fixtures {

/// An article routine named after its slug; `order` is its place in the article.
inline domain::Routine routine(const std::string& slug, const std::string& kind = "exercise", int order = 0) {
  domain::Routine routine;
  routine.slug = slug;
  routine.name = slug;
  routine.kind = kind;
  routine.order = order;
  return routine;
}

/// Content whose article routines are `slugs`, in that order.
inline content::Content content_with(const std::vector<std::string>& slugs) {
  content::Content content;
  for (const auto& slug : slugs) content.routines.push_back(routine(slug, "exercise", int(content.routines.size()) + 1));
  content.hash = "v1";
  return content;
}

/// A pain entry logged at 09:00 on `day`.
inline domain::PainEntry pain_entry(domain::Day day, int level) {
  return {0, day, "09:00", "2026-11-26T09:00:00Z", level, "", {}, {}};
}

/// `slug` done at 09:00 on `day`, without reps or minutes.
inline domain::Completion completion(domain::Day day, const std::string& slug) {
  return {0, day, "09:00", "2026-11-26T09:00:00Z", slug, std::nullopt, std::nullopt, "", {}};
}

/// An export file's row of pain `level`, logged at 09:00 UTC on 2026-11-26.
inline domain::EntryRow pain_row(const std::string& level, const std::string& note = "") {
  return {"pain", "2026-11-26", "09:00", "2026-11-26T09:00:00Z", "", level, "", "", note, "", "", "", {}};
}

/// An export file's row of the sign `sign` ("slug" or "slug:side"), logged at 09:00 UTC on 2026-11-26.
inline domain::EntryRow sign_export_row(const std::string& sign) {
  return {"sign", "2026-11-26", "09:00", "2026-11-26T09:00:00Z", "", "", "", "", "", "", sign, "", {}};
}

/// An export file's row of `slug` done at 09:00 UTC on 2026-11-26, without reps or minutes.
inline domain::EntryRow done_row(const std::string& slug) {
  return {"done", "2026-11-26", "09:00", "2026-11-26T09:00:00Z", slug, "", "", "", "", "", "", "", {}};
}

}  // namespace backcare::fixtures

#include "commands/support/slugs.hpp"

#include <algorithm>

#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/place.hpp"

namespace backcare::commands {
namespace {

std::string quoted_list(const std::vector<std::string>& slugs) {
  std::string text;
  for (std::size_t i = 0; i < slugs.size(); ++i) {
    text += (i == 0 ? "" : i + 1 == slugs.size() ? " or " : ", ") + ("'" + slugs[i] + "'");
  }
  return text;
}

std::vector<std::string> closest(std::string_view text, const std::vector<domain::Routine>& routines) {
  std::size_t best = 4;  // further than this is not a typo worth pointing at
  std::vector<std::string> found;
  for (const auto& routine : routines) {
    if (routine.retired) continue;
    const auto distance = domain::edit_distance(text, routine.slug);
    if (distance < best) {
      best = distance;
      found.clear();
    }
    if (distance == best) found.push_back(routine.slug);
  }
  return found;
}

}  // namespace

std::string resolve_slug(std::string_view text, const std::vector<domain::Routine>& routines) {
  std::vector<std::string> prefixed;
  const std::string shown = "'" + domain::quote_for_message(text) + "'";
  for (const auto& routine : routines) {
    if (routine.slug == text && routine.retired) {
      throw UserError("routine " + shown + " is retired: accepted an active routine; bring it back with: backcare routine unretire " + routine.slug);
    }
    if (routine.slug == text) return routine.slug;
    if (!text.empty() && !routine.retired && routine.slug.starts_with(text)) prefixed.push_back(routine.slug);
  }
  if (prefixed.size() == 1) return prefixed.front();
  if (prefixed.size() > 1) throw UserError("routine " + shown + " is ambiguous: did you mean " + quoted_list(prefixed) + "?");
  const auto near = closest(text, routines);
  if (!near.empty()) throw UserError("no routine " + shown + " (did you mean " + quoted_list(near) + "?)");
  throw UserError("no routine " + shown + ": see 'backcare routines' for the slugs");
}

}  // namespace backcare::commands

#pragma once
#include <optional>

#include "domain/day.hpp"
#include "rules/rulebook.hpp"

namespace backcare::rules {

// When to point to the red flags (clinical notes §3 and §5, "How a tracker should use this": any day
// with an entry of 7 or more, or any week with a rise of 2 points or 30%, brings up the red-flag
// checklist). rules::due_now (due_now.hpp) is its one asker, for now and for past periods; render words it.

/// What due_now looks at: the worst entry in its window, and the changes of the latest week.
struct PointerEvidence {
  std::optional<domain::Day> worst_day;  ///< the day of the worst entry, when there is one
  int worst_level = 0;
  std::optional<Change> against_previous_week;
  std::optional<Change> against_baseline;
};

enum class PointerCause { severe_entry, rise_on_previous_week, rise_on_baseline };

/// Why the pointer is shown, with the figure behind it.
struct Pointer {
  PointerCause cause = PointerCause::severe_entry;
  domain::Day day;  ///< severe_entry: the day of the entry
  int level = 0;    ///< severe_entry: its level
  Change change;    ///< a rise: the change
  std::optional<domain::Day> week;  ///< a rise: the first day of the week that rose, when the asker knows it

  friend bool operator==(const Pointer&, const Pointer&) = default;
};

/// The pointer for what a command looks at, or nullopt. A severe entry comes first, then a rise on the
/// week before, then a rise on the baseline.
std::optional<Pointer> redflag_pointer(const PointerEvidence& evidence);


}  // namespace backcare::rules

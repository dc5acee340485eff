#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/content.hpp"
#include "domain/daily.hpp"
#include "domain/day.hpp"
#include "domain/day_parts.hpp"
#include "domain/routine.hpp"
#include "domain/settings.hpp"
#include "reports/held.hpp"
#include "reports/week_changes.hpp"
#include "rules/due_now.hpp"

namespace backcare::reports {

/// The part of the day `suggest` runs in: the article gives some routines a morning or an evening.
enum class DayPart { morning, midday, evening, whole_day };

using domain::kEveningStarts;
using domain::kMorningEnds;

/// Morning before 11:00, evening from 19:00. Past midnight but before day-starts the diary day is still
/// yesterday's, so it counts as its evening (before bed).
DayPart day_part(int minutes_past_midnight, bool before_day_start);
/// "morning", "midday", "evening": the word content/'s times_of_day use, and the one shown.
const char* day_part_name(DayPart part);

/// Why a routine is suggested, as data: render words it.
struct SuggestReasons {
  std::optional<int> days_since;  ///< since it was last done; nullopt: never done
  bool once_more = false;         ///< done today, fewer times than the article gives it
  int daily_count = 1;
  std::optional<DayPart> fits_part;    ///< now is a part of the day the article gives for it
  bool gentle_while_due = false;  ///< only gentle routines are suggested while the red flags are due
  bool with_helper = false;            ///< it needs a second person, and --helper says there is one
  bool own_routine = false;
};

/// One routine suggested: why, and every caution content/ gives for it.
struct Suggestion {
  std::string slug, name, dose;
  SuggestReasons why;
  std::vector<std::string> cautions;
};

/// `suggest`: routines that fit the day, what is held back and why, a tip and, when called for, the
/// pointer to the red flags.
struct Suggestions {
  domain::Day day;
  std::optional<std::string> time;  ///< HH:MM when suggesting for now
  std::vector<Suggestion> items;
  std::vector<HeldRoutine> held;         ///< held by their phase rule
  std::vector<std::string> need_helper;  ///< held back: no --helper
  std::vector<std::string> later;        ///< held back until the evening window
  std::string tip;
  rules::DueNow due;  ///< whether to read the red flags now: then gentle routines only

  /// The red flags are due now: gentle routines only, no exercise of hers either.
  bool gentle_only() const { return due.due; }
};

/// Everything the rules look at, so that they can be tested without a diary.
struct SuggestInput {
  domain::Day day;
  std::optional<std::string> time;
  DayPart part = DayPart::whole_day;
  bool helper = false;
  bool all = false;
  std::vector<domain::Routine> routines;      ///< active, with the article's fields; user routines after
  std::map<std::string, domain::Day> last_done;  ///< up to and including `day`
  std::map<std::string, int> done_on_day;
  rules::DueNow due;  ///< the red flags due now (commands::redflags_now), whatever day is suggested for
  domain::Settings settings;
  std::vector<content::Tip> tips;
};

/// The rules of issue 3, in order: done today, exercises, high pain, helper, time of day, then rank by
/// days since last done (never done first), ties in article order; four unless `all`.
Suggestions suggest(const SuggestInput& input);

}  // namespace backcare::reports

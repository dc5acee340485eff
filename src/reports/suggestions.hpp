#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/content.hpp"
#include "domain/daily.hpp"
#include "domain/day.hpp"
#include "domain/routine.hpp"
#include "domain/settings.hpp"

namespace backcare::reports {

/// The part of the day `suggest` runs in: the article gives some routines a morning or an evening.
enum class DayPart { morning, midday, evening, whole_day };

/// Where the morning ends, in minutes past midnight (see day_part).
inline constexpr int kMorningEnds = 11 * 60;
/// Where the evening starts, in minutes past midnight (see day_part).
inline constexpr int kEveningStarts = 19 * 60;

/// Morning before 11:00, evening from 19:00. Past midnight but before day-starts the diary day is still
/// yesterday's, so it counts as its evening (before bed).
DayPart day_part(int minutes_past_midnight, bool before_day_start);

/// One routine suggested, with why in plain words.
struct Suggestion {
  std::string slug, name, dose, why;
  std::optional<std::string> caution;
};

/// `suggest`: routines that fit the day, what is held back and why, a tip and, when called for, the
/// pointer to the red flags.
struct Suggestions {
  domain::Day day;
  std::optional<std::string> time;  ///< HH:MM when suggesting for now
  std::vector<Suggestion> items;
  std::optional<domain::DailyPain> high_pain;  ///< the latest logged day, when its mean is 7 or more
  std::vector<std::string> exercise_notes;    ///< why exercises are held, from the settings
  std::vector<std::string> need_helper;       ///< held back: no --helper
  std::vector<std::string> later;             ///< held back until the evening window
  std::string tip;
  bool redflags = false;
};

/// Whether exercises may be suggested, from the settings (rule 2).
struct ExerciseGate {
  bool exercises = false;
  bool sit_up = false;  ///< held after a caesarean until cleared
  std::vector<std::string> notes;
};
/// The routine held after a caesarean until cleared, and always shown with kSitUpCaution.
inline constexpr const char* kSitUp = "sit-up";
inline constexpr const char* kSitUpCaution =
    "if a ridge or gap shows down the middle of your tummy as you sit up, your tummy muscles may have "
    "separated: stop and ask your midwife, GP or physiotherapist first";
/// The gate on `day`: exercises wait 6 weeks after the birth (8 after a caesarean) unless cleared sooner.
ExerciseGate exercise_gate(const domain::Settings& settings, domain::Day day);

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
  std::optional<domain::DailyPain> latest_pain;   ///< the latest logged day up to `day`
  domain::Settings settings;
  std::vector<content::Tip> tips;
};

/// The rules of issue 3, in order: done today, exercises, high pain, helper, time of day, then rank by
/// days since last done (never done first), ties in article order; four unless `all`.
Suggestions suggest(const SuggestInput& input);

}  // namespace backcare::reports

#pragma once
#include "rules/rulebook.hpp"

namespace backcare::rules {

// When a pattern between a tag or routine and pain may be named (issue 29). The numbers come from
// reports/patterns; the rule here only decides what may be said about them.

/// §7: tiny samples mislead. Bearable shows a factor after 3 days with it and 3 without; stricter is
/// safer, so a pattern needs a week's worth of days on each side.
inline constexpr int kPatternDays = 7;
/// §7: the more factors compared, the more look different by chance; the few with the most days are shown.
inline constexpr int kPatternsShownPerKind = 5;

enum class PatternLabel { looks_different, no_clear_difference, not_enough_days };

/// Differences are between means of whole-number ratings, so 2 may come out as 1.9999999: a tiny nudge
/// lets it count as the 2 it is, as rulebook.cpp does when it rounds.
inline constexpr double kPatternNudge = 1e-9;

/// §7 and §2.3: a difference is named only with enough days on both sides, an interval that excludes 0
/// (not noise) and a size of at least kMeaningfulPoints (a single rating's noise is about that big).
constexpr PatternLabel pattern_label(int days_with, int days_without, double difference, double low, double high) {
  if (days_with < kPatternDays || days_without < kPatternDays) return PatternLabel::not_enough_days;
  const bool excludes_zero = low > 0 || high < 0;
  const bool meaningful = (difference < 0 ? -difference : difference) >= kMeaningfulPoints - kPatternNudge;
  return excludes_zero && meaningful ? PatternLabel::looks_different : PatternLabel::no_clear_difference;
}

/// The label's stable code for JSON.
constexpr const char* pattern_code(PatternLabel label) {
  switch (label) {
    case PatternLabel::looks_different: return "looks_different";
    case PatternLabel::no_clear_difference: return "no_clear_difference";
    case PatternLabel::not_enough_days: break;
  }
  return "not_enough_days";
}

}  // namespace backcare::rules

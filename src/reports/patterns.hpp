#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/daily.hpp"
#include "domain/day.hpp"
#include "domain/entries.hpp"
#include "reports/statistics.hpp"
#include "rules/patterns.hpp"

namespace backcare::reports {

// `patterns` (issue 29): pain on the days with each tag or routine against the other days with pain
// entries. A pattern in her own records, never a cause (clinical notes §7).

/// Tags and routines are compared alike; the kind keeps them apart in the output and in the caps.
enum class FactorKind { tag, routine };

/// A tag or routine and the days it was logged on.
struct Factor {
  FactorKind kind = FactorKind::tag;
  std::string slug;
  std::set<domain::Day> days;
};

/// What patterns are computed from.
struct PatternInput {
  /// Only days with pain entries, each with the mean of its entries: a day with none is missing, not a
  /// day without the factor, and nothing before the first entry can be here.
  std::map<domain::Day, double> day_means;
  std::vector<Factor> factors;
  /// Compare the next day's pain: a day counts when it and the calendar day after both have entries.
  bool next_day = false;
};

/// One factor's comparison.
struct PatternRow {
  FactorKind kind = FactorKind::tag;
  std::string slug;
  int days_with = 0, days_without = 0;
  std::optional<double> mean_with, mean_without;  ///< unrounded; nullopt for an empty side
  std::optional<WelchInterval> interval;          ///< when both sides have two days or more
  rules::PatternLabel label = rules::PatternLabel::not_enough_days;
};

struct Patterns {
  /// Tags, then routines; within a kind, the most days with it first, then by slug. At most
  /// rules::kPatternsShownPerKind a kind, and only factors seen on a counted day.
  std::vector<PatternRow> rows;
  int compared = 0;  ///< rows with enough days on both sides: when more than one, one may differ by chance
};

/// Each factor's comparison, with the caps applied.
Patterns build_patterns(const PatternInput& input);

/// Each routine done in `range` as a factor: the days it was done on (`patterns` and trend's table).
std::vector<Factor> routine_factors(const std::vector<domain::DailyCompletions>& done, domain::DateRange range);
/// Each tag on a day of `range` as a factor: the days it was on, as a day's tag or on any pain entry or
/// routine done that day (a tag is about the day, whichever entry carries it).
std::vector<Factor> tag_factors(const std::vector<domain::DayTag>& day_tags, const std::vector<domain::PainEntry>& pain,
                                const std::vector<domain::Completion>& done, domain::DateRange range);

}  // namespace backcare::reports

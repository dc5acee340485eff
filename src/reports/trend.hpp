#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/daily.hpp"
#include "domain/day.hpp"
#include "domain/routine.hpp"
#include "domain/settings.hpp"
#include "reports/patterns.hpp"
#include "reports/statistics.hpp"
#include "reports/week_changes.hpp"
#include "reports/weekly.hpp"
#include "rules/due_now.hpp"

namespace backcare::reports {

/// One week of the trend.
struct TrendWeek {
  std::string name;
  domain::Day start;
  WeekFigures figures;
  int chart_units = 0;  ///< the mean in quarter points, 0-40, for a bar on the 0-10 scale
};

/// How steadily a routine is kept up.
struct Habit {
  std::string slug;
  int streak = 0;          ///< days in a row up to today, or yesterday when not yet done today
  int longest_streak = 0;  ///< within the range
  int strength = 0;        ///< Loop Habit Tracker score, 0-100
};

/// `trend`: weekly means over a range of weeks, the change from the baseline, and what goes with it.
struct Trend {
  std::vector<TrendWeek> weeks;
  std::optional<double> slope_per_week;  ///< weeks with 3+ logged days, points per week, two decimals
  WeekChanges changes;                   ///< the baseline, the latest week and the one before, compared
  Patterns associations;  ///< next-day pain by routine over the range (the routine rows of `patterns`)
  std::vector<Habit> habits;
  rules::DueNow due;                 ///< whether to read the red flags now
  domain::WeekStart week_start = domain::WeekStart::monday;  ///< how the past flags' weeks are named
  std::vector<rules::Pointer> past;  ///< the weeks' severe entries and rises that due does not cover
};

/// How far back habit strength looks. Loop's score halves a day's weight every 13 days, so a day 400 days
/// back weighs 0.5^30 of today: the score is the same in whole percents as from the first day on.
inline constexpr int kHabitHistoryDays = 400;

/// What a trend is computed from: the range, and beyond it only what the comparisons need, so a trend
/// costs the same whatever the diary's length.
struct TrendInput {
  domain::Day first;  ///< the first day of the range's first week
  domain::Day today;
  domain::WeekStart start = domain::WeekStart::monday;
  /// The days of the range and of the 7 days to today, and those of the weeks the rulebook compares
  /// (the baseline, the latest comparable week and the one before it).
  std::vector<domain::DailyPain> pain;
  /// The days of the range, and of the kHabitHistoryDays before today, for habit strength.
  std::vector<domain::DailyCompletions> done;
  std::map<std::string, int> streaks;      ///< each routine's run of days up to today (Store::runs_up_to)
  std::vector<domain::Routine> catalogue;  ///< order and daily counts
  rules::DueNow due;                       ///< commands::redflags_now
};

/// The weeks from `input.first` to today's, with the baseline, the change and what went with it.
Trend build_trend(const TrendInput& input);

/// Pain the next day after days with and without each routine, over the days of `range` that have pain
/// entries (their next day in `range` too): `patterns --next-day`'s routine rows, one computation.
Patterns routine_patterns(const TrendInput& input, domain::DateRange range);
/// Streaks and strength of each routine done in `range`.
std::vector<Habit> habits(const TrendInput& input, domain::DateRange range);

}  // namespace backcare::reports

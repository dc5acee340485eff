#pragma once
#include <array>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/daily.hpp"
#include "domain/day.hpp"
#include "domain/routine.hpp"
#include "domain/settings.hpp"
#include "reports/weekly.hpp"
#include "reports/regions.hpp"
#include "reports/tag_days.hpp"
#include "rules/due_now.hpp"

namespace backcare::reports {

/// One day of the week.
struct WeekDay {
  domain::Day day;
  std::optional<double> pain_mean;
  std::optional<int> pain_max;
  int pain_entries = 0;
  std::vector<std::pair<std::string, int>> done;  ///< slug and count, in catalogue order
  std::optional<int> chart_level;                 ///< 0-7 on the fixed 0-10 scale; nullopt: nothing logged
};

/// A routine's total over the week.
struct RoutineTally {
  std::string slug;
  int count = 0;
  int days = 0;
};

/// `week`: a row per day and the week's figures, against the week before.
struct WeekSummary {
  std::string name;  ///< 2026-W48, or 2026-11-22 for a Sunday week
  domain::Day start;
  domain::Day end;   ///< the last day, inclusive
  std::array<WeekDay, 7> days;
  WeekFigures figures;
  rules::Reliability reliability = rules::Reliability::not_enough;
  std::optional<double> previous_pain_mean;
  int previous_days_logged = 0;
  std::optional<rules::Change> change;   ///< against the week before, when both weeks are comparable
  std::vector<RoutineTally> routines;
  std::vector<RegionDays> regions;   ///< where it hurt, days per place as logged
  std::vector<TagDays> tags;         ///< what else went on: days per tag, the most first
  rules::DueNow due;                 ///< whether to read the red flags now, whatever week is shown
  domain::WeekStart week_start = domain::WeekStart::monday;  ///< how the past flags' weeks are named
  std::vector<rules::Pointer> past;  ///< the week's severe entries and rises that due does not cover
};

/// What a week summary is computed from.
struct WeekInput {
  domain::Day first;  ///< the week's first day
  domain::WeekStart start = domain::WeekStart::monday;
  std::vector<domain::DailyPain> pain;             ///< the whole history up to the week's end: the baseline too
  std::vector<domain::DailyCompletions> done;      ///< this week
  std::vector<domain::Routine> catalogue;         ///< for the order of routines
  std::vector<domain::PainEntry> entries;         ///< this week's pain entries, for where it hurt
  std::vector<domain::PlaceKind> region_kinds;    ///< content's regions, for their order
  std::map<std::string, int> tag_days;            ///< this week's days per tag (Store::tag_days)
  domain::Day today;                              ///< the current diary day
  rules::DueNow due;                              ///< commands::redflags_now
};

/// The week of `input.first` and its change from the week before, from daily figures only.
WeekSummary summarize_week(const WeekInput& input);

/// Each routine done in `range`: times and days, in catalogue order; routines not done are left out.
std::vector<RoutineTally> routine_tallies(const std::vector<domain::DailyCompletions>& done, domain::DateRange range,
                                          const std::vector<domain::Routine>& catalogue);

/// The chart level 0-7 of a daily mean on the fixed 0-10 scale.
int chart_level(double mean);

}  // namespace backcare::reports

#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/content.hpp"
#include "domain/daily.hpp"
#include "domain/day.hpp"
#include "domain/entries.hpp"
#include "domain/routine.hpp"
#include "domain/settings.hpp"
#include "reports/regions.hpp"
#include "reports/suggestions.hpp"
#include "reports/tag_days.hpp"
#include "reports/trend.hpp"
#include "reports/week.hpp"

namespace backcare::reports {

/// One day of the report's range: its pain (when logged) and how many routines were done.
struct ReportDay {
  domain::Day day;
  std::optional<double> pain_mean;  ///< the mean of the day's entries; nullopt when none was logged
  int pain_entries = 0;
  int pain_max = 0;
  int routines = 0;  ///< distinct routines done
};

/// A note written on an entry in the range, with what it was written on.
struct ReportNote {
  domain::Day day;
  std::string time;
  std::optional<int> level;  ///< a pain entry's level; else the entry is a routine done
  std::string slug;          ///< the routine done
  std::string note;          ///< as typed: escaping is the renderer's job
};

/// The routines done in one week of the range, on its days in the range only.
struct WeekRoutines {
  domain::Day start;  ///< the week's first day
  std::vector<RoutineTally> routines;
};

/// `report`: everything the HTML report shows, computed; rendering only lays it out.
struct ReportPage {
  domain::DateRange range;  ///< the days reported on, half-open
  domain::Day made;         ///< the calendar day the report was made
  domain::WeekStart start = domain::WeekStart::monday;
  std::vector<ReportDay> days;  ///< one per day of the range, oldest first
  Trend trend;                  ///< the weeks holding the range; associations over the range's days only
  std::optional<domain::Day> baseline_start;  ///< the baseline week's first day, when it is one of trend.weeks
  domain::Settings settings;       ///< what a clinician reads the figures against
  std::vector<HeldRoutine> held;   ///< routines held by their phase rule on the period's last day
  std::vector<ReportNote> notes;   ///< oldest first
  content::RedFlags redflags;
  std::vector<RegionDays> shapes;               ///< days per shape of the body outline (shape_days)
  std::vector<RegionDays> places;               ///< days per place as logged (region_days)
  std::vector<content::BodyPlace> regions;      ///< content's regions, to name the shapes
  std::vector<domain::SignEntry> signs;         ///< the signs recorded in the period, oldest first
  std::vector<content::BodyPlace> sign_places;  ///< content's signs, to name them
  std::vector<TagDays> tags;                    ///< days per tag in the range, the most first
  std::vector<RoutineTally> routines;           ///< each routine done in the range, catalogue order
  std::vector<WeekRoutines> week_routines;      ///< one per week of the range, oldest first
  rules::DueNow due;                 ///< whether to read the red flags now, whatever the period
  std::vector<rules::Pointer> past;  ///< the period's severe entries and rises that due does not cover
};

/// What a report is computed from. `pain` and `done` reach back to the first entry, so the baseline
/// can lie before the range; the entries are the range's only, for their notes.
struct ReportPageInput {
  domain::DateRange range;
  domain::Day made;
  domain::Settings settings;
  std::vector<domain::DailyPain> pain;
  std::vector<domain::DailyCompletions> done;
  std::map<std::string, int> streaks;  ///< as TrendInput's, up to the range's last day
  std::vector<domain::PainEntry> pain_entries;
  std::vector<domain::Completion> completions;
  std::vector<domain::Routine> catalogue;
  content::RedFlags redflags;
  std::vector<domain::SignEntry> signs;      ///< the range's
  std::vector<content::BodyPlace> regions;   ///< content's, in their order
  std::vector<content::BodyPlace> sign_places;
  std::map<std::string, int> tag_days;  ///< the range's days per tag (Store::tag_days)
  domain::Day today;  ///< the current diary day
  rules::DueNow due;  ///< commands::redflags_now
};

/// Computes every figure the HTML report shows, so that rendering only lays them out.
ReportPage build_report_page(const ReportPageInput& input);

}  // namespace backcare::reports

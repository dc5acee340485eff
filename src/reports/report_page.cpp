#include "reports/report_page.hpp"

#include <algorithm>
#include <map>

#include "domain/week.hpp"

namespace backcare::reports {
namespace {

/// One row per day of the range, from the daily figures.
std::vector<ReportDay> report_days(const ReportPageInput& input) {
  std::map<domain::Day, ReportDay> days;
  for (domain::Day day = input.range.begin; day < input.range.end; day += date::days{1}) days[day].day = day;
  for (const auto& pain : input.pain) {
    if (!input.range.contains(pain.day)) continue;
    auto& row = days[pain.day];
    row.pain_mean = pain.mean;
    row.pain_entries = pain.entries;
    row.pain_max = pain.max;
  }
  // Rows come one per routine and day, so each is one distinct routine.
  for (const auto& done : input.done) {
    if (input.range.contains(done.day) && done.count > 0) ++days[done.day].routines;
  }
  std::vector<ReportDay> rows;
  for (const auto& [day, row] : days) rows.push_back(row);
  return rows;
}

std::vector<ReportNote> report_notes(const ReportPageInput& input) {
  std::vector<ReportNote> notes;
  for (const auto& entry : input.pain_entries) {
    if (!entry.note.empty()) notes.push_back({entry.day, entry.time, entry.level, {}, entry.note});
  }
  for (const auto& entry : input.completions) {
    if (!entry.note.empty()) notes.push_back({entry.day, entry.time, std::nullopt, entry.slug, entry.note});
  }
  // Oldest first; within a moment, pain before routines, each in the order logged.
  const int starts = input.settings.day_starts_minutes;  // a night note after its evening's
  std::stable_sort(notes.begin(), notes.end(), [starts](const auto& a, const auto& b) {
    if (a.day != b.day) return a.day < b.day;
    return domain::minutes_into_diary_day(a.time, starts) < domain::minutes_into_diary_day(b.time, starts);
  });
  return notes;
}

Trend report_trend(const ReportPageInput& input) {
  TrendInput trend_input;
  trend_input.first = domain::week_start(input.range.begin, input.settings.week_start);
  trend_input.today = input.range.end - date::days{1};  // the weeks end with the range, not with today
  trend_input.start = input.settings.week_start;
  trend_input.pain = input.pain;
  trend_input.done = input.done;
  trend_input.streaks = input.streaks;
  trend_input.catalogue = input.catalogue;
  Trend trend = build_trend(trend_input);
  // The range may start mid-week: the patterns count its own days, not the whole first week.
  trend.associations = routine_patterns(trend_input, input.range);
  return trend;
}

/// The routines held by their phase rule on `day`, in catalogue order.
std::vector<HeldRoutine> held_on(const ReportPageInput& input, domain::Day day) {
  std::vector<HeldRoutine> held;
  for (const auto& routine : input.catalogue) {
    if (routine.retired) continue;
    if (const auto hold = rules::hold_of(routine.hold, input.settings, day)) held.push_back({routine.slug, *hold});
  }
  return held;
}

/// Each week of the range with the routines done in it, for the one-page summary's table.
std::vector<WeekRoutines> week_routines(const ReportPageInput& input) {
  std::vector<WeekRoutines> weeks;
  const auto first = domain::week_start(input.range.begin, input.settings.week_start);
  for (domain::Day start = first; start < input.range.end; start += date::days{7}) {
    const domain::DateRange week{std::max(start, input.range.begin), std::min(start + date::days{7}, input.range.end)};
    weeks.push_back({start, routine_tallies(input.done, week, input.catalogue)});
  }
  return weeks;
}

}  // namespace

ReportPage build_report_page(const ReportPageInput& input) {
  ReportPage report;
  report.range = input.range;
  report.made = input.made;
  report.start = input.settings.week_start;
  report.days = report_days(input);
  report.trend = report_trend(input);
  if (report.trend.changes.baseline) {
    for (const auto& week : report.trend.weeks) {
      if (week.name == report.trend.changes.baseline->name) report.baseline_start = week.start;
    }
  }
  report.settings = input.settings;
  report.held = held_on(input, report.range.end - date::days{1});
  report.notes = report_notes(input);
  report.redflags = input.redflags;
  std::vector<domain::PlaceKind> kinds;
  for (const auto& region : input.regions) kinds.push_back({region.slug, region.sides, false});
  report.shapes = shape_days(input.pain_entries, kinds);
  report.places = region_days(input.pain_entries, kinds);
  report.regions = input.regions;
  report.signs = input.signs;
  report.sign_places = input.sign_places;
  report.tags = ranked_tag_days(input.tag_days);
  report.routines = routine_tallies(input.done, input.range, input.catalogue);
  report.week_routines = week_routines(input);
  report.due = input.due;
  report.past = rules::past_flags(input.pain, input.range, report.start, input.due, input.today);
  return report;
}

}  // namespace backcare::reports

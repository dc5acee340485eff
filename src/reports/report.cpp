#include "reports/report.hpp"

#include <algorithm>
#include <map>

#include "domain/week.hpp"

namespace backcare::reports {
namespace {

/// One row per day of the range, from the daily figures.
std::vector<ReportDay> report_days(const ReportInput& input) {
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

std::vector<ReportNote> report_notes(const ReportInput& input) {
  std::vector<ReportNote> notes;
  for (const auto& entry : input.pain_entries) {
    if (!entry.note.empty()) notes.push_back({entry.day, entry.time, "pain " + std::to_string(entry.level) + "/10", entry.note});
  }
  for (const auto& entry : input.completions) {
    if (!entry.note.empty()) notes.push_back({entry.day, entry.time, "done " + entry.slug, entry.note});
  }
  // Oldest first; within a moment, pain before routines, each in the order logged.
  std::stable_sort(notes.begin(), notes.end(), [](const auto& a, const auto& b) {
    return a.day != b.day ? a.day < b.day : a.time < b.time;
  });
  return notes;
}

Trend report_trend(const ReportInput& input) {
  TrendInput trend_input;
  trend_input.first = domain::week_start(input.range.begin, input.settings.week_start);
  trend_input.today = input.range.end - date::days{1};  // the weeks end with the range, not with today
  trend_input.start = input.settings.week_start;
  trend_input.pain = input.pain;
  trend_input.done = input.done;
  trend_input.catalogue = input.catalogue;
  Trend trend = build_trend(trend_input);
  // The range may start mid-week: associations count its own days, not the whole first week.
  trend.associations = associations(trend_input, input.range);
  return trend;
}

}  // namespace

std::vector<ReportSetting> report_settings(const domain::Settings& settings, domain::Day made) {
  std::vector<ReportSetting> rows;
  if (settings.birth_date && *settings.birth_date <= made) {
    const int weeks = int((made - *settings.birth_date).count() / 7);
    rows.push_back({"Weeks since birth", std::to_string(weeks) + " (born " + domain::format_iso(*settings.birth_date) + ")"});
  } else {
    rows.push_back({"Weeks since birth", "not set (birth-date)"});
  }
  const auto type = settings.birth_type;
  rows.push_back({"Birth type", !type ? "not set" : *type == domain::BirthType::caesarean ? "caesarean" : "vaginal"});
  const auto cleared = settings.cleared_for_exercise;
  rows.push_back({"Cleared for exercise", !cleared ? "not set" : *cleared ? "yes" : "no"});
  return rows;
}

Report build_report(const ReportInput& input) {
  Report report;
  report.range = input.range;
  report.made = input.made;
  report.start = input.settings.week_start;
  report.days = report_days(input);
  report.trend = report_trend(input);
  if (report.trend.baseline) {
    for (const auto& week : report.trend.weeks) {
      if (week.name == report.trend.baseline->name) report.baseline_start = week.start;
    }
  }
  report.settings = report_settings(input.settings, input.made);
  report.notes = report_notes(input);
  report.redflags = input.redflags;
  return report;
}

}  // namespace backcare::reports

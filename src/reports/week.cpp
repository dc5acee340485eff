#include "reports/week.hpp"

#include <algorithm>
#include <map>

#include "domain/week.hpp"
#include "reports/statistics.hpp"
#include "reports/week_changes.hpp"

namespace backcare::reports {
namespace {

std::array<WeekDay, 7> day_rows(const WeekInput& input) {
  std::array<WeekDay, 7> days;
  for (int i = 0; i < 7; ++i) days[i].day = input.first + date::days{i};
  const domain::DateRange week = domain::week_range(input.first);
  for (const auto& pain : input.pain) {
    if (!week.contains(pain.day)) continue;
    auto& row = days[(pain.day - input.first).count()];
    row.pain_mean = pain.mean;
    row.pain_max = pain.max;
    row.pain_entries = pain.entries;
    row.chart_level = chart_level(pain.mean);
  }
  for (const auto& done : input.done) {
    if (week.contains(done.day)) days[(done.day - input.first).count()].done.emplace_back(done.slug, done.count);
  }
  for (auto& row : days) sort_in_catalogue_order(row.done, input.catalogue, [](const auto& done) { return done.first; });
  return days;
}

}  // namespace

// Rows come one per routine and day, so each row is one day the routine was done.
std::vector<RoutineTally> routine_tallies(const std::vector<domain::DailyCompletions>& done, domain::DateRange range,
                                          const std::vector<domain::Routine>& catalogue) {
  std::map<std::string, RoutineTally> by_slug;
  for (const auto& row : done) {
    if (!range.contains(row.day) || row.count <= 0) continue;
    auto& tally = by_slug[row.slug];
    tally.slug = row.slug;
    tally.count += row.count;
    ++tally.days;
  }
  std::vector<RoutineTally> found;
  for (const auto& [slug, tally] : by_slug) found.push_back(tally);
  sort_in_catalogue_order(found, catalogue, [](const RoutineTally& tally) { return tally.slug; });
  return found;
}

int chart_level(double mean) { return std::clamp(int(round_to(mean * 0.7, 0)), 0, 7); }

WeekSummary summarize_week(const WeekInput& input) {
  WeekSummary summary;
  summary.name = domain::week_name(input.first, input.start);
  summary.start = input.first;
  summary.end = input.first + date::days{6};
  summary.days = day_rows(input);
  const auto weeks = figures_by_week(input.pain, input.done, input.start);
  summary.figures = figures_of(weeks, input.first);
  summary.reliability = rules::reliability(summary.figures.days_logged);
  const WeekFigures previous = figures_of(weeks, input.first - date::days{7});
  summary.previous_pain_mean = previous.pain_mean;
  summary.previous_days_logged = previous.days_logged;
  if (rules::comparable(summary.figures.days_logged) && rules::comparable(previous.days_logged)) {
    summary.change = rules::change_between(*previous.pain_mean, *summary.figures.pain_mean);
  }
  summary.routines = routine_tallies(input.done, domain::week_range(input.first), input.catalogue);
  summary.regions = region_days(input.entries, input.region_kinds);
  summary.tags = ranked_tag_days(input.tag_days);
  summary.due = input.due;
  summary.week_start = input.start;
  summary.past = rules::past_flags(input.pain, {input.first, input.first + date::days{7}}, input.start, input.due,
                                   input.today);
  return summary;
}

}  // namespace backcare::reports

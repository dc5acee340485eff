#include "reports/trend.hpp"

#include <algorithm>

#include "domain/week.hpp"

namespace backcare::reports {
namespace {

std::vector<TrendWeek> trend_weeks(const TrendInput& input, const std::map<domain::Day, WeekFigures>& weeks) {
  std::vector<TrendWeek> rows;
  const domain::Day last = domain::week_start(input.today, input.start);
  for (domain::Day first = input.first; first <= last; first += date::days{7}) {
    TrendWeek row{domain::week_name(first, input.start), first, figures_of(weeks, first), 0};
    if (row.figures.pain_mean) row.chart_units = std::clamp(int(round_to(*row.figures.pain_mean * 4, 0)), 0, 40);
    rows.push_back(row);
  }
  return rows;
}

/// Weeks with 3+ logged days, against their place in the range, so a gap of weeks counts as time.
std::optional<double> slope_of(const std::vector<TrendWeek>& rows) {
  std::vector<std::pair<double, double>> points;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rules::comparable(rows[i].figures.days_logged)) points.emplace_back(double(i), *rows[i].figures.pain_mean);
  }
  const auto slope = least_squares_slope(points);
  return slope ? std::optional<double>(round_to(*slope, 2)) : std::nullopt;
}

using WeekRow = std::pair<domain::Day, WeekFigures>;

/// The first week that `fits`, or the last one when `from_end`.
std::optional<WeekRow> find_week(const std::map<domain::Day, WeekFigures>& weeks, bool (*fits)(int days_logged),
                                 bool from_end) {
  std::optional<WeekRow> found;
  for (const auto& [first, week] : weeks) {
    if (!fits(week.days_logged)) continue;
    found = std::pair{first, week};
    if (!from_end) break;
  }
  return found;
}

NamedMean named(const WeekRow& week, domain::WeekStart start) {
  return {domain::week_name(week.first, start), *week.second.pain_mean};
}

/// The latest week against the one before it, when that one is comparable too.
void compare_with_week_before(Trend& trend, const std::map<domain::Day, WeekFigures>& weeks, domain::Day latest,
                              domain::WeekStart start) {
  const domain::Day before = latest - date::days{7};
  const WeekFigures previous = figures_of(weeks, before);
  if (!rules::comparable(previous.days_logged)) return;
  trend.previous = named({before, previous}, start);
  trend.change_from_previous = rules::change_between(*previous.pain_mean, trend.latest->pain_mean);
}

}  // namespace

Trend build_trend(const TrendInput& input) {
  const auto weeks = figures_by_week(input.pain, input.done, input.start);
  Trend trend;
  trend.weeks = trend_weeks(input, weeks);
  trend.slope_per_week = slope_of(trend.weeks);
  const auto baseline = find_week(weeks, rules::can_be_baseline, false);
  const auto latest = find_week(weeks, rules::comparable, true);
  if (baseline) trend.baseline = named(*baseline, input.start);
  if (latest) trend.latest = named(*latest, input.start);
  if (baseline && latest && latest->first > baseline->first) {
    trend.change = rules::change_between(*baseline->second.pain_mean, *latest->second.pain_mean);
  }
  if (latest) compare_with_week_before(trend, weeks, latest->first, input.start);
  const domain::DateRange range{input.first, input.today + date::days{1}};
  trend.associations = associations(input, range);
  trend.habits = habits(input, range);
  const auto& last = trend.weeks.back().figures;
  trend.pointer = rules::redflag_pointer({last.worst_day, last.pain_max.value_or(0), trend.change_from_previous, trend.change});
  return trend;
}

}  // namespace backcare::reports

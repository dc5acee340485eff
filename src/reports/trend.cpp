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

}  // namespace

Trend build_trend(const TrendInput& input) {
  const auto weeks = figures_by_week(input.pain, input.done, input.start);
  Trend trend;
  trend.weeks = trend_weeks(input, weeks);
  trend.slope_per_week = slope_of(trend.weeks);
  trend.changes = week_changes(weeks, input.start);
  const domain::DateRange range{input.first, input.today + date::days{1}};
  trend.associations = routine_patterns(input, range);
  trend.habits = habits(input, range);
  trend.due = input.due;
  trend.week_start = input.start;
  trend.past = rules::past_flags(input.pain, range, input.start, input.due, input.today);
  return trend;
}

}  // namespace backcare::reports

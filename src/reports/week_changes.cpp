#include "reports/week_changes.hpp"

#include "domain/week.hpp"

namespace backcare::reports {
namespace {

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

}  // namespace

WeekChanges week_changes(const std::map<domain::Day, WeekFigures>& weeks, domain::WeekStart start) {
  WeekChanges changes;
  const auto baseline = find_week(weeks, rules::can_be_baseline, false);
  const auto latest = find_week(weeks, rules::comparable, true);
  if (baseline) changes.baseline = named(*baseline, start);
  if (!latest) return changes;
  changes.latest = named(*latest, start);
  if (baseline && latest->first > baseline->first) {
    changes.change = rules::change_between(*baseline->second.pain_mean, *latest->second.pain_mean);
  }
  const domain::Day before = latest->first - date::days{7};
  const WeekFigures previous = figures_of(weeks, before);
  if (rules::comparable(previous.days_logged)) {
    changes.previous = named({before, previous}, start);
    changes.change_from_previous = rules::change_between(*previous.pain_mean, *latest->second.pain_mean);
  }
  return changes;
}

}  // namespace backcare::reports

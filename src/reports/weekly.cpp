#include "reports/weekly.hpp"

#include <algorithm>

#include "domain/week.hpp"
#include "rules/rulebook.hpp"

namespace backcare::reports {
namespace {

/// The worse of two days: the higher entry, then the higher daily mean, then the later day.
bool worse_day(const domain::DailyPain& a, const domain::DailyPain& b) {
  if (a.max != b.max) return a.max > b.max;
  if (a.mean != b.mean) return a.mean > b.mean;
  return a.day > b.day;
}

}  // namespace

std::map<domain::Day, WeekFigures> figures_by_week(const std::vector<domain::DailyPain>& pain,
                                                   const std::vector<domain::DailyCompletions>& done,
                                                   domain::WeekStart start) {
  std::map<domain::Day, WeekFigures> weeks;
  std::map<domain::Day, double> sums;
  std::map<domain::Day, const domain::DailyPain*> worst;
  for (const auto& day : pain) {
    const domain::Day first = domain::week_start(day.day, start);
    auto& week = weeks[first];
    sums[first] += day.mean;
    ++week.days_logged;
    week.severe_days += rules::is_severe(day.max);
    auto& worst_so_far = worst[first];
    if (!worst_so_far || worse_day(day, *worst_so_far)) {
      worst_so_far = &day;
      week.pain_max = day.max;
      week.worst_day = day.day;
    }
  }
  for (auto& [first, week] : weeks) week.pain_mean = sums[first] / week.days_logged;
  // Weeks holding only completions are added after the means, so they have none.
  for (const auto& row : done) weeks[domain::week_start(row.day, start)].completions += row.count;
  return weeks;
}

int catalogue_position(const std::string& slug, const std::vector<domain::Routine>& catalogue) {
  const auto found = std::find_if(catalogue.begin(), catalogue.end(), [&](const auto& r) { return r.slug == slug; });
  return int(found - catalogue.begin());
}

WeekFigures figures_of(const std::map<domain::Day, WeekFigures>& weeks, domain::Day first) {
  const auto found = weeks.find(first);
  return found == weeks.end() ? WeekFigures{} : found->second;
}

}  // namespace backcare::reports

#include <algorithm>
#include <map>

#include "reports/trend.hpp"

namespace backcare::reports {
namespace {

using DayCounts = std::map<domain::Day, int>;

/// Completions per routine and day.
std::map<std::string, DayCounts> counts_by_routine(const std::vector<domain::DailyCompletions>& done) {
  std::map<std::string, DayCounts> counts;
  for (const auto& row : done) counts[row.slug][row.day] += row.count;
  return counts;
}

/// The routines done in `range`, in catalogue order.
std::vector<std::string> done_in(const std::map<std::string, DayCounts>& counts, domain::DateRange range,
                                 const std::vector<domain::Routine>& catalogue) {
  std::vector<std::string> slugs;
  for (const auto& [slug, days] : counts) {
    const auto first = days.lower_bound(range.begin);
    if (first != days.end() && first->first < range.end) slugs.push_back(slug);
  }
  sort_in_catalogue_order(slugs, catalogue, [](const std::string& slug) { return slug; });
  return slugs;
}

int daily_count_of(const std::string& slug, const std::vector<domain::Routine>& catalogue) {
  const auto position = std::size_t(catalogue_position(slug, catalogue));
  return position < catalogue.size() ? std::max(1, catalogue[position].daily_count) : 1;
}

/// One routine's habit, from the days `days` holds (kHabitHistoryDays are enough for the strength).
/// Strength stops at yesterday while today is not yet done, so the morning before the routine does not
/// count as a miss; the streak, `run`, was counted the same way.
Habit habit_of(const std::string& slug, const DayCounts& days, int daily_count, domain::DateRange range, int run) {
  const domain::Day today = range.end - date::days{1};
  const domain::Day end = days.contains(today) ? today : today - date::days{1};
  std::vector<double> values;
  for (domain::Day day = days.begin()->first; day <= end; day += date::days{1}) {
    const auto found = days.find(day);
    values.push_back(double(found == days.end() ? 0 : found->second) / daily_count);
  }
  std::vector<bool> in_range;
  for (domain::Day day = range.begin; day < range.end; day += date::days{1}) in_range.push_back(days.contains(day));
  return {slug, run, longest_run(in_range), int(round_to(habit_score(values) * 100, 0))};
}

}  // namespace

std::vector<Association> associations(const TrendInput& input, domain::DateRange range) {
  // Days before the diary began are not "not done": the window starts on the first entry's day.
  std::optional<domain::Day> first;
  for (const auto& day : input.pain) first = std::min(first.value_or(day.day), day.day);
  for (const auto& row : input.done) first = std::min(first.value_or(row.day), row.day);
  if (!first) return {};
  range.begin = std::max(range.begin, *first);
  std::map<domain::Day, double> pain;
  for (const auto& day : input.pain) pain[day.day] = day.mean;
  const auto counts = counts_by_routine(input.done);
  std::vector<Association> found;
  for (const auto& slug : done_in(counts, range, input.catalogue)) {
    const DayCounts& days = counts.at(slug);
    std::vector<double> after_done, after_not_done;
    for (domain::Day day = range.begin; day + date::days{1} < range.end; day += date::days{1}) {
      const auto next = pain.find(day + date::days{1});
      if (next == pain.end()) continue;
      (days.contains(day) ? after_done : after_not_done).push_back(next->second);
    }
    if (after_done.size() < kAssociationDays || after_not_done.size() < kAssociationDays) continue;
    found.push_back({slug, int(after_done.size()), *mean_of(after_done), int(after_not_done.size()),
                     *mean_of(after_not_done)});
  }
  return found;
}

std::vector<Habit> habits(const TrendInput& input, domain::DateRange range) {
  const auto counts = counts_by_routine(input.done);
  std::vector<Habit> found;
  for (const auto& slug : done_in(counts, range, input.catalogue)) {
    const auto run = input.streaks.find(slug);
    found.push_back(habit_of(slug, counts.at(slug), daily_count_of(slug, input.catalogue), range,
                             run == input.streaks.end() ? 0 : run->second));
  }
  return found;
}

}  // namespace backcare::reports

#include <algorithm>
#include <map>

#include "reports/trend.hpp"

namespace backcare::reports {
namespace {

/// One routine's completions a day, in an array from its first day: a lookup by day is an index, where a
/// map of fifty years' days cost a third of a `trend --all`.
class DayCounts {
 public:
  void add(domain::Day day, int count) {
    if (counts_.empty()) first_ = day;
    if (day < first_) {  // rows out of day order: the array grows at its front
      counts_.insert(counts_.begin(), std::size_t((first_ - day).count()), 0);
      first_ = day;
    }
    const auto index = std::size_t((day - first_).count());
    if (index >= counts_.size()) counts_.resize(index + 1, 0);
    counts_[index] += count;
  }
  int at(domain::Day day) const {
    const auto offset = (day - first_).count();
    return offset < 0 || std::size_t(offset) >= counts_.size() ? 0 : counts_[std::size_t(offset)];
  }
  bool contains(domain::Day day) const { return at(day) > 0; }
  domain::Day first() const { return first_; }
  /// True when the routine was done on a day of `range`.
  bool any_in(domain::DateRange range) const {
    for (domain::Day day = std::max(range.begin, first_); day < range.end && day < end(); day += date::days{1}) {
      if (contains(day)) return true;
    }
    return false;
  }

 private:
  domain::Day end() const { return first_ + date::days{long(counts_.size())}; }
  domain::Day first_;
  std::vector<int> counts_;
};

/// Completions per routine and day.
std::map<std::string, DayCounts> counts_by_routine(const std::vector<domain::DailyCompletions>& done) {
  std::map<std::string, DayCounts> counts;
  for (const auto& row : done) counts[row.slug].add(row.day, row.count);
  return counts;
}

/// The routines done in `range`, in catalogue order.
std::vector<std::string> done_in(const std::map<std::string, DayCounts>& counts, domain::DateRange range,
                                 const std::vector<domain::Routine>& catalogue) {
  std::vector<std::string> slugs;
  for (const auto& [slug, days] : counts) {
    if (days.any_in(range)) slugs.push_back(slug);
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
  for (domain::Day day = days.first(); day <= end; day += date::days{1}) values.push_back(double(days.at(day)) / daily_count);
  std::vector<bool> in_range;
  for (domain::Day day = range.begin; day < range.end; day += date::days{1}) in_range.push_back(days.contains(day));
  return {slug, run, longest_run(in_range), int(round_to(habit_score(values) * 100, 0))};
}

}  // namespace

Patterns routine_patterns(const TrendInput& input, domain::DateRange range) {
  PatternInput patterns{.day_means = {}, .factors = {}, .next_day = true};
  for (const auto& day : input.pain) {
    if (range.contains(day.day)) patterns.day_means[day.day] = day.mean;
  }
  patterns.factors = routine_factors(input.done, range);
  return build_patterns(patterns);
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

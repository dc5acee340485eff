#include "reports/patterns.hpp"

#include <algorithm>

namespace backcare::reports {
namespace {

/// A counted day: the day whose tags and routines place it, and the pain it is judged by.
struct CountedDay {
  domain::Day day;
  double value = 0;
};

/// The days that count, oldest first. Same day: every day with entries, valued at its own mean. Next day:
/// each day whose calendar next day (across month and year ends) also has entries, valued at that day's.
std::vector<CountedDay> counted_days(const PatternInput& input) {
  std::vector<CountedDay> days;
  for (const auto& [day, mean] : input.day_means) {
    if (!input.next_day) {
      days.push_back({day, mean});
      continue;
    }
    const auto next = input.day_means.find(day + date::days{1});
    if (next != input.day_means.end()) days.push_back({day, next->second});
  }
  return days;
}

/// One factor's row: the counted days split by whether it was logged on them.
PatternRow pattern_row_of(const Factor& factor, const std::vector<CountedDay>& days) {
  std::vector<double> with, without;
  for (const auto& counted : days) (factor.days.contains(counted.day) ? with : without).push_back(counted.value);
  PatternRow row{factor.kind, factor.slug, int(with.size()), int(without.size()), mean_of(with), mean_of(without),
                 welch_interval(with, without), rules::PatternLabel::not_enough_days};
  // Without an interval a side has under two days, so the rulebook's minimum is not met either.
  if (row.interval) {
    row.label = rules::pattern_label(row.days_with, row.days_without, row.interval->difference, row.interval->low,
                                     row.interval->high);
  }
  return row;
}

/// The most days with it first, then by slug, so the cap keeps the same rows from run to run.
bool shown_before(const PatternRow& a, const PatternRow& b) {
  if (a.days_with != b.days_with) return a.days_with > b.days_with;
  return a.slug < b.slug;
}

/// The rows of one kind, capped and ordered.
std::vector<PatternRow> rows_of_kind(const PatternInput& input, const std::vector<CountedDay>& days, FactorKind kind) {
  std::vector<PatternRow> rows;
  for (const auto& factor : input.factors) {
    if (factor.kind != kind) continue;
    PatternRow row = pattern_row_of(factor, days);
    if (row.days_with > 0) rows.push_back(std::move(row));  // never seen on a counted day: nothing to say
  }
  std::sort(rows.begin(), rows.end(), shown_before);
  if (rows.size() > std::size_t(rules::kPatternsShownPerKind)) rows.resize(std::size_t(rules::kPatternsShownPerKind));
  return rows;
}

/// Each factor's slug and the days it was on, by slug.
using FactorDays = std::map<std::string, std::set<domain::Day>>;

/// Adds the tags of each entry in `range` (pain or routine done) to the days they were on.
template <typename Entry>
void add_entry_tags(const std::vector<Entry>& entries, domain::DateRange range, FactorDays& days) {
  for (const auto& entry : entries) {
    if (!range.contains(entry.day)) continue;
    for (const auto& tag : entry.tags) days[tag].insert(entry.day);
  }
}

std::vector<Factor> factors_of(FactorKind kind, FactorDays days) {
  std::vector<Factor> factors;
  for (auto& [slug, on] : days) factors.push_back({kind, slug, std::move(on)});
  return factors;
}

}  // namespace

Patterns build_patterns(const PatternInput& input) {
  const auto days = counted_days(input);
  Patterns patterns;
  for (const FactorKind kind : {FactorKind::tag, FactorKind::routine}) {
    for (auto& row : rows_of_kind(input, days, kind)) patterns.rows.push_back(std::move(row));
  }
  for (const auto& row : patterns.rows) patterns.compared += row.label != rules::PatternLabel::not_enough_days;
  return patterns;
}

std::vector<Factor> routine_factors(const std::vector<domain::DailyCompletions>& done, domain::DateRange range) {
  FactorDays days;
  for (const auto& row : done) {
    if (range.contains(row.day)) days[row.slug].insert(row.day);
  }
  return factors_of(FactorKind::routine, std::move(days));
}

std::vector<Factor> tag_factors(const std::vector<domain::DayTag>& day_tags, const std::vector<domain::PainEntry>& pain,
                                const std::vector<domain::Completion>& done, domain::DateRange range) {
  FactorDays days;
  for (const auto& tag : day_tags) {
    if (range.contains(tag.day)) days[tag.slug].insert(tag.day);
  }
  add_entry_tags(pain, range, days);
  add_entry_tags(done, range, days);
  return factors_of(FactorKind::tag, std::move(days));
}

}  // namespace backcare::reports

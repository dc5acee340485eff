#include "rules/due_now.hpp"

#include <algorithm>
#include <map>

#include "domain/week.hpp"
#include "rules/rulebook.hpp"

namespace backcare::rules {
namespace {

/// A week's mean of its daily means (§5: each logged day weighs the same; a missing day is not imputed).
struct WeekMean {
  double sum = 0;
  int days_logged = 0;
  double mean() const { return sum / days_logged; }
};

/// Weeks by their first day.
using Weeks = std::map<domain::Day, WeekMean>;

/// The weeks of the days before `end`, each day counted once.
Weeks week_means(const std::vector<domain::DailyPain>& pain, domain::WeekStart start, domain::Day end) {
  Weeks weeks;
  for (const auto& day : pain) {
    if (day.day >= end) continue;
    auto& week = weeks[domain::week_start(day.day, start)];
    week.sum += day.mean;
    ++week.days_logged;
  }
  return weeks;
}

/// The week beginning `first`, when it can be compared (§5: a provisional mean or better).
const WeekMean* comparable_week(const Weeks& weeks, domain::Day first) {
  const auto found = weeks.find(first);
  return found != weeks.end() && comparable(found->second.days_logged) ? &found->second : nullptr;
}

/// §5: the baseline is the first week whose mean is reliable.
std::optional<domain::Day> baseline_of(const Weeks& weeks) {
  for (const auto& [first, week] : weeks) {
    if (can_be_baseline(week.days_logged)) return first;
  }
  return std::nullopt;
}

/// The changes of the week beginning `first` on the week before and on an earlier baseline (§2, §5),
/// each only when both weeks can be compared.
PointerEvidence changes_of(const Weeks& weeks, domain::Day first) {
  PointerEvidence evidence;
  const WeekMean* week = comparable_week(weeks, first);
  if (!week) return evidence;
  if (const WeekMean* before = comparable_week(weeks, first - date::weeks{1})) {
    evidence.against_previous_week = change_between(before->mean(), week->mean());
  }
  if (const auto baseline = baseline_of(weeks); baseline && *baseline < first) {
    evidence.against_baseline = change_between(weeks.at(*baseline).mean(), week->mean());
  }
  return evidence;
}

/// The rise of the week beginning `first`, naming it; nullopt when it did not rise meaningfully.
std::optional<Pointer> rise_of(const Weeks& weeks, domain::Day first) {
  auto pointer = redflag_pointer(changes_of(weeks, first));
  if (pointer) pointer->week = first;
  return pointer;
}

/// The current diary day or the one before it: what "now" covers for an entry or a sign.
bool in_window(domain::Day day, domain::Day today) { return day <= today && day >= today - date::days{1}; }

/// The worse entry of today and the day before, of equals the later, as the evidence of a severe entry.
void add_worst_entry(PointerEvidence& evidence, const DueNowInput& input) {
  for (const auto& day : input.pain) {
    if (!in_window(day.day, input.today)) continue;
    const bool worse = !evidence.worst_day || day.max > evidence.worst_level ||
                       (day.max == evidence.worst_level && day.day > *evidence.worst_day);
    if (!worse) continue;
    evidence.worst_day = day.day;
    evidence.worst_level = day.max;
  }
}

/// The most urgent sign of today and the day before; of equals, the later, then the first given.
std::optional<RecordedSign> most_urgent_sign(const DueNowInput& input) {
  std::optional<RecordedSign> found;
  for (const auto& sign : input.signs) {
    if (!in_window(sign.day, input.today)) continue;
    if (!found || sign.tier < found->tier || (sign.tier == found->tier && sign.day > found->day)) found = sign;
  }
  return found;
}

/// The day a flag is listed under: an entry's day, a rise's week.
domain::Day listed_on(const Pointer& flag) {
  return flag.cause == PointerCause::severe_entry ? flag.day : flag.week.value_or(flag.day);
}

}  // namespace

DueNow due_now(const DueNowInput& input) {
  const auto weeks = week_means(input.pain, input.start, input.today + date::days{1});
  // This week once it can be compared, else last week: a rise older than last week is not "now".
  const domain::Day this_week = domain::week_start(input.today, input.start);
  const domain::Day latest = comparable_week(weeks, this_week) ? this_week : this_week - date::weeks{1};
  PointerEvidence evidence = changes_of(weeks, latest);
  add_worst_entry(evidence, input);
  DueNow out;
  out.pointer = redflag_pointer(evidence);
  if (out.pointer && out.pointer->cause != PointerCause::severe_entry) out.pointer->week = latest;
  out.sign = most_urgent_sign(input);
  out.tier = out.pointer ? Tier::check : Tier::none;
  if (out.sign) out.tier = std::min(out.tier, out.sign->tier);
  out.due = is_due(out.tier);
  return out;
}

std::vector<Pointer> period_flags(const std::vector<domain::DailyPain>& pain, domain::DateRange period,
                                  domain::WeekStart start) {
  std::vector<Pointer> flags;
  for (const auto& day : pain) {
    if (period.contains(day.day) && is_severe(day.max)) {
      flags.push_back({PointerCause::severe_entry, day.day, day.max, {}, std::nullopt});
    }
  }
  const auto weeks = week_means(pain, start, period.end);
  for (domain::Day first = domain::week_start(period.begin, start); first < period.end; first += date::weeks{1}) {
    if (auto rise = rise_of(weeks, first)) flags.push_back(*rise);
  }
  std::stable_sort(flags.begin(), flags.end(), [](const Pointer& a, const Pointer& b) {
    if (listed_on(a) != listed_on(b)) return listed_on(a) < listed_on(b);
    return a.cause == PointerCause::severe_entry && b.cause != PointerCause::severe_entry;
  });
  return flags;
}

std::string_view tier_code(Tier tier) {
  switch (tier) {
    case Tier::emergency: return "emergency";
    case Tier::same_day: return "same_day";
    case Tier::check: return "check";
    case Tier::routine: return "routine";
    case Tier::none: break;
  }
  return "none";
}

std::optional<Pointer> past_entry_flag(domain::Day day, int level, domain::Day today) {
  if (!is_severe(level) || in_window(day, today)) return std::nullopt;
  return Pointer{PointerCause::severe_entry, day, level, {}, std::nullopt};
}

std::vector<Pointer> past_flags(const std::vector<domain::DailyPain>& pain, domain::DateRange period,
                                domain::WeekStart start, const DueNow& now, domain::Day today) {
  auto flags = period_flags(pain, period, start);
  std::erase_if(flags, [&](const Pointer& flag) {
    if (flag.cause == PointerCause::severe_entry) return in_window(flag.day, today);
    return now.pointer && now.pointer->cause != PointerCause::severe_entry && now.pointer->week == flag.week;
  });
  return flags;
}

}  // namespace backcare::rules

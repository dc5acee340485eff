#include "reports/plan.hpp"

namespace backcare::reports {
namespace {

/// The first day in `range` the routine is free on, and the hold it is under on the range's first day
/// (its words say all it waits for: "until 8 weeks after a caesarean, and then until … clears you").
struct FirstFree {
  std::optional<domain::Day> day;
  std::optional<rules::Hold> hold;
};

FirstFree first_free_day(const domain::PhaseHold& rule, const domain::Settings& settings, domain::DateRange range) {
  FirstFree found;
  for (domain::Day day = range.begin; day < range.end;) {
    auto hold = rules::hold_of(rule, settings, day);
    if (!hold) {
      found.day = day;
      return found;
    }
    if (!found.hold) found.hold = hold;
    // Only a wait in weeks ends by itself; every other hold lasts until a setting changes.
    if (!hold->until || *hold->until <= day) return found;
    day = *hold->until;
  }
  return found;
}

/// The parts of the day it is reminded in: as many of its times of day as the article gives it a day
/// (the back rub is once a day, "in the morning or before bed": the morning).
std::vector<std::string> reminded_parts(const domain::Routine& routine) {
  const auto count = std::min<std::size_t>(std::max(1, routine.daily_count), routine.times_of_day.size());
  return {routine.times_of_day.begin(), routine.times_of_day.begin() + static_cast<std::ptrdiff_t>(count)};
}

Reminder reminder_of(const domain::Routine& routine, const std::string& part, domain::Day first, const PlanInput& input) {
  return {.slug = routine.slug, .name = routine.name, .dose = routine.dose, .when = routine.when, .part = part,
          .minutes = part == "evening" ? input.settings.evening_minutes : input.settings.morning_minutes,
          .first = first, .last = input.range.end - date::days{1}, .held_before = std::nullopt,
          .steps = routine.steps, .cautions = routine.cautions};
}

}  // namespace

Plan build_plan(const PlanInput& input) {
  Plan plan{input.range, {}, {}, input.made};
  for (const auto& routine : input.routines) {
    if (routine.retired) continue;
    const auto parts = reminded_parts(routine);
    const auto free = first_free_day(routine.hold, input.settings, input.range);
    // A routine held on the first day is left out as held, even one for any time of day: it is not free to
    // fit in anywhere until its hold ends.
    if (parts.empty() || !free.day) {
      const auto free_from = parts.empty() && free.hold ? free.day : std::nullopt;
      plan.left_out.push_back({routine.slug, routine.name, free.hold, free_from});
      continue;
    }
    for (const auto& part : parts) {
      auto reminder = reminder_of(routine, part, *free.day, input);
      reminder.held_before = free.hold;
      plan.reminders.push_back(std::move(reminder));
    }
  }
  return plan;
}

}  // namespace backcare::reports

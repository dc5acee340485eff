#include <algorithm>

#include "commands/registry.hpp"
#include "commands/support/redflags_now.hpp"
#include "commands/support/report_catalogue.hpp"
#include "rules/phase.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct TodayArgs {};

/// The checklist shows every active routine in catalogue order with how often it was logged that day.
std::vector<views::ChecklistItem> checklist(const Env& env, const std::vector<domain::Completion>& done) {
  std::vector<views::ChecklistItem> items;
  for (const auto& routine : report_catalogue(env, false)) {
    views::ChecklistItem item{routine.slug, routine.name, routine.dose, 0, routine.daily_count,
                                rules::hold_of(routine.hold, env.settings, env.today)};
    for (const auto& completion : done) item.done += completion.slug == routine.slug;
    items.push_back(item);
  }
  return items;
}

/// The day's entries as they happened: a night entry after the evening's.
template <class Entry>
std::vector<Entry> in_diary_order(std::vector<Entry> entries, int day_starts_minutes) {
  std::stable_sort(entries.begin(), entries.end(), [day_starts_minutes](const Entry& a, const Entry& b) {
    return domain::minutes_into_diary_day(a.time, day_starts_minutes) <
           domain::minutes_into_diary_day(b.time, day_starts_minutes);
  });
  return entries;
}

views::DayView run(const TodayArgs&, Env& env) {
  const domain::DateRange range{env.today, env.today + date::days{1}};
  views::DayView view;
  view.day = env.today;
  view.day_starts = domain::clock_text(env.settings.day_starts_minutes);
  view.before_day_start = domain::diary_day(env.now, 0) != env.today;
  view.pain = in_diary_order(env.db().pain_between(range), env.settings.day_starts_minutes);
  view.done = in_diary_order(env.db().completions_between(range), env.settings.day_starts_minutes);
  view.signs = in_diary_order(env.db().signs_between(range), env.settings.day_starts_minutes);
  view.checklist = checklist(env, view.done);
  view.due = redflags_now(env);
  return view;
}

views::StatusView status(const TodayArgs& args, Env& env) { return {run(args, env)}; }

}  // namespace

Command today_command() {
  return command<TodayArgs>({"today", "Today's entries and a checklist of the routines",
                             "  backcare today\n  backcare today --json"},
                            Diary::reads, Output::text_or_json, {}, run);
}

Command status_command() { return command<TodayArgs>({"", "", ""}, Diary::reads, Output::text, {}, status); }

}  // namespace backcare::commands

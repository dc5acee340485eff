#include <algorithm>

#include "commands/registry.hpp"
#include "commands/support/day_range.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct HistoryArgs {
  std::optional<std::string> from, to;
};

views::HistoryView run(const HistoryArgs& args, Env& env) {
  constexpr int kDefaultDays = 30;
  const auto last = last_day(args.to, env);
  const auto range = day_range(args.from, last - date::days{kDefaultDays - 1}, last, env);
  views::HistoryView view{range, {}};
  for (const auto& pain : env.db().pain_between(range)) {
    view.items.push_back(
        {{domain::EntryId::Kind::pain, pain.id}, "pain", pain.day, pain.time, pain.logged_at, pain.level, "", std::nullopt, std::nullopt, pain.note, pain.regions, {}, pain.tags});
  }
  for (const auto& sign : env.db().signs_between(range)) {
    view.items.push_back({{domain::EntryId::Kind::sign, sign.id}, "sign", sign.day, sign.time, sign.logged_at,
                          std::nullopt, "", std::nullopt, std::nullopt, sign.note, {}, sign.sign, {}});
  }
  for (const auto& done : env.db().completions_between(range)) {
    view.items.push_back(
        {{domain::EntryId::Kind::done, done.id}, "done", done.day, done.time, done.logged_at, std::nullopt, done.slug, done.reps, done.minutes, done.note, {}, {}, done.tags});
  }
  for (const auto& tag : env.db().day_tags_between(range)) {
    view.items.push_back({{domain::EntryId::Kind::tag, tag.id}, "tag", tag.day, tag.time, tag.logged_at, std::nullopt,
                          "", std::nullopt, std::nullopt, "", {}, {}, {tag.slug}});
  }
  // Newest first, a night entry after its evening; within a moment, tags, signs, then pain, then routines,
  // each in the order logged.
  const int starts = env.settings.day_starts_minutes;
  std::stable_sort(view.items.begin(), view.items.end(), [starts](const auto& a, const auto& b) {
    if (a.day != b.day) return a.day > b.day;
    const int at_a = domain::minutes_into_diary_day(a.time, starts), at_b = domain::minutes_into_diary_day(b.time, starts);
    if (at_a != at_b) return at_a > at_b;
    return a.kind > b.kind;
  });
  return view;
}

}  // namespace

Command history_command() {
  return command<HistoryArgs>(
      {"history", "Entries, newest first (default the last 30 days)",
       "  backcare history --from 2026-11-01\n  backcare history --from monday --json"},
      Diary::reads, Output::text_or_json,
      {{.name = "--from", .help = kFirstDayHelp, .field = &HistoryArgs::from, .type_name = "DAY"},
       {.name = "--to", .help = kLastDayHelp, .field = &HistoryArgs::to, .type_name = "DAY"}},
      run);
}

}  // namespace backcare::commands

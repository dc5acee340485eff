#include <algorithm>

#include "commands/registry.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"

namespace backcare::commands {
namespace {

struct HistoryArgs {
  std::optional<std::string> from, to;
};

reports::HistoryView run(const HistoryArgs& args, Env& env) {
  constexpr int kDefaultDays = 30;
  const auto last = args.to ? domain::parse_day_argument(*args.to, env.today, "--to") : env.today;
  const auto first = args.from ? domain::parse_day_argument(*args.from, env.today, "--from")
                               : last - date::days{kDefaultDays - 1};
  if (first > last) {
    throw UserError("--from " + domain::format_iso(first) + " is after --to " + domain::format_iso(last) +
                    ": accepted a --from on or before --to");
  }
  const domain::DateRange range{first, last + date::days{1}};
  reports::HistoryView view{range, {}};
  for (const auto& pain : env.db().pain_between(range)) {
    view.items.push_back({"pain", pain.day, pain.time, pain.level, "", std::nullopt, std::nullopt, pain.note});
  }
  for (const auto& done : env.db().completions_between(range)) {
    view.items.push_back({"done", done.day, done.time, std::nullopt, done.slug, done.reps, done.minutes, done.note});
  }
  // Newest first; within a moment, pain before routines, each in the order logged.
  std::stable_sort(view.items.begin(), view.items.end(), [](const auto& a, const auto& b) {
    if (a.day != b.day) return a.day > b.day;
    if (a.time != b.time) return a.time > b.time;
    return a.kind > b.kind;
  });
  return view;
}

}  // namespace

Command history_command() {
  return command<HistoryArgs>(
      {"history", "Entries, newest first (default the last 30 days)",
       "  backcare history --from 2026-11-01\n  backcare history --from monday --json"},
      Diary::reads, true,
      {{.name = "--from", .help = kFirstDayHelp, .field = &HistoryArgs::from, .type_name = "DAY"},
       {.name = "--to", .help = kLastDayHelp, .field = &HistoryArgs::to, .type_name = "DAY"}},
      run);
}

}  // namespace backcare::commands

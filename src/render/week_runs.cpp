#include "render/week_runs.hpp"

#include <fmt/format.h>

namespace backcare::render {
namespace {

bool no_entry(const reports::TrendWeek& week) { return week.figures.days_logged == 0 && week.figures.completions == 0; }

}  // namespace

std::vector<WeekLine> week_lines(const std::vector<reports::TrendWeek>& weeks) {
  std::vector<WeekLine> lines;
  const std::span<const reports::TrendWeek> all(weeks);
  // A single empty week stays a line of its own (empty_run() is false): a week missed is worth seeing.
  for (std::size_t at = 0; at < all.size();) {
    std::size_t end = at + 1;
    if (no_entry(all[at])) {
      while (end < all.size() && no_entry(all[end])) ++end;
    }
    lines.push_back({all.subspan(at, end - at)});
    at = end;
  }
  return lines;
}

std::string empty_run_words(const WeekLine& line) {
  return fmt::format("no entries from {} to {} ({} weeks)", line.weeks.front().name, line.weeks.back().name,
                     line.weeks.size());
}

}  // namespace backcare::render

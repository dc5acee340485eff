#pragma once
#include <span>
#include <string>
#include <vector>

#include "reports/trend.hpp"

namespace backcare::render {

/// A line of a week-by-week table: one week, or a run of weeks with no entry at all, folded into one
/// line so that a long gap (a diary left for months) does not fill the screen or the page.
struct WeekLine {
  std::span<const reports::TrendWeek> weeks;  ///< one week, or the whole run of empty ones
  bool empty_run() const { return weeks.size() > 1; }
};

/// `weeks` in order, each run of two or more weeks without a pain entry or a routine done as one line.
std::vector<WeekLine> week_lines(const std::vector<reports::TrendWeek>& weeks);

/// "no entries from 2026-W03 to 2026-W41 (39 weeks)".
std::string empty_run_words(const WeekLine& line);

}  // namespace backcare::render

#include "render/week_runs.hpp"

#include <gtest/gtest.h>

namespace backcare::render {
namespace {

reports::TrendWeek week(const std::string& name, int days_logged, int completions) {
  reports::TrendWeek week;
  week.name = name;
  week.figures.days_logged = days_logged;
  week.figures.completions = completions;
  return week;
}

/// Each line as "W01" for a week or "W02-W04" for a folded run.
std::vector<std::string> shown(const std::vector<reports::TrendWeek>& weeks) {
  std::vector<std::string> out;
  for (const auto& line : week_lines(weeks)) {
    out.push_back(line.empty_run() ? line.weeks.front().name + "-" + line.weeks.back().name : line.weeks.front().name);
  }
  return out;
}

TEST(WeekLines, FoldsRunsOfTwoOrMoreWeeksWithoutAnyEntry) {
  const std::vector<reports::TrendWeek> weeks{week("W01", 3, 0), week("W02", 0, 0), week("W03", 0, 0),
                                              week("W04", 0, 0), week("W05", 0, 2), week("W06", 0, 0),
                                              week("W07", 1, 0), week("W08", 0, 0), week("W09", 0, 0)};
  EXPECT_EQ(shown(weeks), (std::vector<std::string>{"W01", "W02-W04", "W05", "W06", "W07", "W08-W09"}));
  EXPECT_EQ(empty_run_words(week_lines(weeks)[1]), "no entries from W02 to W04 (3 weeks)");
}

TEST(WeekLines, AWeekWithOnlyRoutinesDoneIsNotEmpty) {
  EXPECT_EQ(shown({week("W01", 0, 1), week("W02", 0, 1)}), (std::vector<std::string>{"W01", "W02"}));
  EXPECT_TRUE(week_lines({}).empty());
}

}  // namespace
}  // namespace backcare::render

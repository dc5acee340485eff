#include <fmt/format.h>

#include "render/figures.hpp"
#include "render/patterns_render.hpp"
#include "render/rules_words.hpp"
#include "render/trend_render.hpp"
#include "render/week_runs.hpp"

namespace backcare::render {
namespace {

constexpr const char* kCaveat = kSelfTrackingCaveat;

/// "weeks with 3 or more logged days": the weeks that are compared (the rulebook).
std::string comparable_weeks() { return fmt::format("weeks with {} or more logged days", rules::kProvisionalDays); }

std::string table(const std::vector<reports::TrendWeek>& weeks) {
  std::string out = pad("week", 11) + pad("starts", 11) + right("pain", 5) + right("days", 6) + right("worst", 7) +
                    right("done", 6) + "\n";
  for (const auto& line : week_lines(weeks)) {
    if (line.empty_run()) {
      out += empty_run_words(line) + "\n";
      continue;
    }
    const auto& week = line.weeks.front();
    const auto& f = week.figures;
    out += pad(week.name, 11) + pad(domain::format_iso(week.start), 11) + right(f.pain_mean ? tenth(*f.pain_mean) : "-", 5) +
           right(std::to_string(f.days_logged) + "/7", 6) + right(f.pain_max ? std::to_string(*f.pain_max) : "-", 7) +
           right(std::to_string(f.completions), 6) + "\n";
  }
  return out;
}

/// A bar per week: a full block is half a point, a half block a quarter, so the scale runs 0-10 over
/// 20 columns.
std::string trend_chart(const std::vector<reports::TrendWeek>& weeks) {
  std::string out = "Weekly pain mean, 0-10 scale\n" + pad("", 11) + "0   2   4   6   8   10\n";
  for (const auto& line : week_lines(weeks)) {
    if (line.empty_run()) {
      out += empty_run_words(line) + "\n";
      continue;
    }
    const auto& week = line.weeks.front();
    out += pad(week.name, 11);
    if (!week.figures.pain_mean) {
      out += "-\n";
      continue;
    }
    std::string bar;
    for (int i = 0; i < week.chart_units / 2; ++i) bar += "█";
    if (week.chart_units % 2) bar += "▌";
    out += pad(bar, 22) + tenth(*week.figures.pain_mean);
    out += rules::comparable(week.figures.days_logged)
               ? "\n"
               : fmt::format(" (under {} days logged)\n", rules::kProvisionalDays);
  }
  return out;
}

/// The latest week against the week before it.
std::string previous_text(const reports::Trend& view) {
  if (!view.changes.change_from_previous) {
    return "Week before: not compared: it needs " + fmt::format("{} or more logged days", rules::kProvisionalDays) +
           " as well\n";
  }
  const auto no_percent = fmt::format("that week is under {}", rules::kPercentFromMean);
  return "Week before: " + view.changes.previous->name + ", pain mean " + tenth(view.changes.previous->pain_mean) + "; change " +
         change_figures(*view.changes.change_from_previous, no_percent) + ": " +
         change_words(view.changes.change_from_previous->label) + "\n";
}

std::string trend_change_text(const reports::Trend& view) {
  std::string out;
  if (!view.changes.baseline) {
    return fmt::format("Baseline: no baseline yet: a week with {} or more logged days is needed\n", rules::kReliableDays);
  }
  out += fmt::format("Baseline: {}, pain mean {} (the first week with {} or more logged days)\n", view.changes.baseline->name,
                     tenth(view.changes.baseline->pain_mean), rules::kReliableDays);
  out += "Latest:   " + view.changes.latest->name + ", pain mean " + tenth(view.changes.latest->pain_mean) + "\n";
  if (!view.changes.change) {
    out += "Change:   none yet: the latest of the " + comparable_weeks() + " is the baseline\n";
  } else {
    const auto no_percent = fmt::format("the baseline is under {}", rules::kPercentFromMean);
    out += "Change:   " + change_figures(*view.changes.change, no_percent) + ": " + change_words(view.changes.change->label) + "\n";
  }
  return out + previous_text(view);
}

std::string slope_text(const reports::Trend& view) {
  if (!view.slope_per_week) return "Slope:    needs 2 or more " + comparable_weeks() + "\n";
  // + 0.0 turns -0.0 into 0.0, which shows as "+0.00" rather than "-0.00".
  return fmt::format("Slope:    {:+.2f} points per week ({})\n", *view.slope_per_week + 0.0, comparable_weeks());
}

std::string associations_text(const reports::Patterns& associations, const Style& style) {
  std::string out = style.bold("Pain the next day, after days with and without each routine") + "\n";
  if (associations.rows.empty()) out += "  no routine done on a day followed by a day with pain logged\n";
  else out += pattern_rows_text(associations);
  return out + "  " + kPatternCaveat + "\n";
}

std::string habits_text(const std::vector<reports::Habit>& habits, const Style& style) {
  std::string out = style.bold("Habits") + "\n";
  if (habits.empty()) return out + "  no routines done in these weeks\n";
  out += "  " + pad("routine", 14) + right("streak", 7) + right("longest", 9) + right("strength", 10) + "\n";
  for (const auto& habit : habits) {
    out += "  " + pad(habit.slug, 14) + right(std::to_string(habit.streak), 7) +
           right(std::to_string(habit.longest_streak), 9) + right(std::to_string(habit.strength) + "%", 10) + "\n";
  }
  return out + "  streaks in days; strength 0-100%: a missed day lowers it a little, it does not reset\n";
}

}  // namespace

std::string text(const reports::Trend& view, const Style& style) {
  std::string out = style.bold("Pain by week, " + view.weeks.front().name + " to " + view.weeks.back().name) + "\n";
  out += pointer_text(view.due, style);
  out += table(view.weeks) + "\n" + trend_chart(view.weeks) + "\n" + trend_change_text(view) + slope_text(view);
  out += "\n" + associations_text(view.associations, style) + "\n" + habits_text(view.habits, style);
  if (const auto past = past_text(view.past, "In these weeks:", view.week_start); !past.empty()) out += "\n" + past;
  return out + "\n" + kCaveat;
}

}  // namespace backcare::render

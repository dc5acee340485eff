#include "reports/statistics.hpp"

#include <algorithm>
#include <cmath>

namespace backcare::reports {
namespace {

// Figures are averages of whole numbers, so a tiny nudge makes 2.25 round to 2.3 as a person would,
// despite binary floating point holding it as 2.2499999.
constexpr double kNudge = 1e-9;

}  // namespace

double round_to(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(value * scale + (value < 0 ? -kNudge : kNudge)) / scale;
  return rounded == 0 ? 0.0 : rounded;
}

std::optional<double> mean_of(const std::vector<double>& values) {
  if (values.empty()) return std::nullopt;
  double sum = 0;
  for (double value : values) sum += value;
  return sum / double(values.size());
}

std::optional<double> least_squares_slope(const std::vector<std::pair<double, double>>& points) {
  if (points.size() < 2) return std::nullopt;
  double mean_x = 0, mean_y = 0;
  for (const auto& [x, y] : points) {
    mean_x += x;
    mean_y += y;
  }
  mean_x /= double(points.size());
  mean_y /= double(points.size());
  double covariance = 0, variance = 0;
  for (const auto& [x, y] : points) {
    covariance += (x - mean_x) * (y - mean_y);
    variance += (x - mean_x) * (x - mean_x);
  }
  if (variance == 0) return std::nullopt;
  return covariance / variance;
}

std::string reliability(int days_logged) {
  if (days_logged >= kBaselineDays) return "reliable";
  if (days_logged >= kComparableDays) return "provisional";
  return "not enough";
}

Change change_between(double before, double after) {
  Change change;
  change.points = round_to(after - before, 1);
  if (before >= 4) change.pct = round_to((after - before) / before * 100, 0);
  const double points = change.points;
  const double pct = change.pct.value_or(0);
  if (points >= 2 || pct >= 30) {
    change.label = "worse";
    change.worse = true;
  } else if (points <= -4 || pct <= -50) {
    change.label = "substantial improvement";
  } else if (points <= -2 || pct <= -30) {
    change.label = "meaningful improvement";
  } else if (std::abs(points) >= 1 || std::abs(pct) >= 10) {
    change.label = "small change";
  } else {
    change.label = "little or no change";
  }
  return change;
}

double habit_multiplier() { return std::pow(0.5, std::sqrt(1.0) / 13.0); }

double habit_score(const std::vector<double>& day_values) {
  const double m = habit_multiplier();
  double score = 0;
  for (double value : day_values) score = score * m + std::min(1.0, value) * (1 - m);
  return score;
}

int run_at_end(const std::vector<bool>& days) {
  int run = 0;
  for (auto day = days.rbegin(); day != days.rend() && *day; ++day) ++run;
  return run;
}

int longest_run(const std::vector<bool>& days) {
  int longest = 0, run = 0;
  for (bool done : days) {
    run = done ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

}  // namespace backcare::reports

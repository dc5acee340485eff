#include "reports/statistics.hpp"

#include <algorithm>
#include <cmath>

namespace backcare::reports {
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

double habit_multiplier() { return std::pow(0.5, std::sqrt(1.0) / 13.0); }

double habit_score(const std::vector<double>& day_values) {
  const double m = habit_multiplier();
  double score = 0;
  for (double value : day_values) score = score * m + std::min(1.0, value) * (1 - m);
  return score;
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

#include "reports/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace backcare::reports {
namespace {

/// The continued fraction of the regularized incomplete beta function, by Lentz's method (Numerical
/// Recipes' betacf). It converges quickly for x < (a + 1) / (a + b + 2); regularized_beta sees to that.
double beta_fraction(double a, double b, double x) {
  constexpr double kTiny = 1e-300;  // stands in for a zero denominator, which Lentz's method steps over
  const auto guard = [](double value) { return std::abs(value) < kTiny ? kTiny : value; };
  double c = 1, d = 1 / guard(1 - (a + b) * x / (a + 1)), fraction = d;
  for (int m = 1; m <= 300; ++m) {
    const double twice = 2.0 * m;
    const double even = m * (b - m) * x / ((a - 1 + twice) * (a + twice));
    d = 1 / guard(1 + even * d);
    c = guard(1 + even / c);
    fraction *= d * c;
    const double odd = -(a + m) * (a + b + m) * x / ((a + twice) * (a + 1 + twice));
    d = 1 / guard(1 + odd * d);
    c = guard(1 + odd / c);
    fraction *= d * c;
    if (std::abs(d * c - 1) < 1e-15) break;
  }
  return fraction;
}

/// I_x(a, b), the regularized incomplete beta function.
double regularized_beta(double a, double b, double x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const double front =
      std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x));
  // The fraction is evaluated where it converges; the other side follows from I_x(a, b) = 1 - I_1-x(b, a).
  if (x < (a + 1) / (a + b + 2)) return front * beta_fraction(a, b, x) / a;
  return 1 - front * beta_fraction(b, a, 1 - x) / b;
}

/// The share of Student's t distribution above t, for t >= 0.
double t_upper_tail(double t, double df) { return regularized_beta(df / 2, 0.5, df / (df + t * t)) / 2; }

}  // namespace
std::optional<double> mean_of(const std::vector<double>& values) {
  if (values.empty()) return std::nullopt;
  double sum = 0;
  for (double value : values) sum += value;
  return sum / double(values.size());
}

std::optional<double> sample_variance(const std::vector<double>& values) {
  if (values.size() <= 1) return std::nullopt;
  const double mean = *mean_of(values);
  double squares = 0;
  for (double value : values) squares += (value - mean) * (value - mean);
  return squares / double(values.size() - 1);
}

double student_t_quantile(double p, double df) {
  if (!(p > 0 && p < 1) || !(df > 0)) throw std::invalid_argument("student_t_quantile needs 0 < p < 1 and df > 0");
  if (p == 0.5) return 0;
  if (p < 0.5) return -student_t_quantile(1 - p, df);
  const double tail = 1 - p;
  // The tail shrinks as t grows: bracket t by doubling, then halve the bracket until it is exact to
  // about 1e-12 of t, far inside the 1e-6 asked of it.
  double low = 0, high = 1;
  while (t_upper_tail(high, df) > tail && high < std::numeric_limits<double>::max() / 4) {
    low = high;
    high *= 2;
  }
  for (int step = 0; step < 200 && high - low > 1e-12 * high; ++step) {
    const double middle = (low + high) / 2;
    (t_upper_tail(middle, df) > tail ? low : high) = middle;
  }
  return (low + high) / 2;
}

std::optional<WelchInterval> welch_interval(const std::vector<double>& with, const std::vector<double>& without,
                                            double level) {
  const auto variance_with = sample_variance(with), variance_without = sample_variance(without);
  if (!variance_with || !variance_without) return std::nullopt;
  const double n_with = double(with.size()), n_without = double(without.size());
  const double share_with = *variance_with / n_with, share_without = *variance_without / n_without;
  const double squared_error = share_with + share_without;
  WelchInterval interval;
  interval.difference = *mean_of(with) - *mean_of(without);
  interval.low = interval.high = interval.difference;
  interval.df = n_with + n_without - 2;
  if (squared_error == 0) return interval;  // all alike on both sides: no spread, no division by zero
  // Welch–Satterthwaite, with each side's share of the squared error as a fraction of it: the same
  // figure, but nothing squared can underflow to 0 and the denominator is at least 1/4 over n - 1.
  const double f_with = share_with / squared_error, f_without = share_without / squared_error;
  interval.df = 1 / (f_with * f_with / (n_with - 1) + f_without * f_without / (n_without - 1));
  const double half_width = student_t_quantile((1 + level) / 2, interval.df) * std::sqrt(squared_error);
  interval.low -= half_width;
  interval.high += half_width;
  return interval;
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

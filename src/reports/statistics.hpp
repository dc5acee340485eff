#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rules/rulebook.hpp"

namespace backcare::reports {

// The figures behind week and trend, on plain numbers so that each can be checked by hand.

/// `value` rounded half away from zero to `decimals` places; never -0 (the rulebook rounds the same way).
using rules::round_to;

/// The arithmetic mean; nullopt for no values.
std::optional<double> mean_of(const std::vector<double>& values);

/// The sample variance (n - 1 denominator); nullopt for fewer than two values.
std::optional<double> sample_variance(const std::vector<double>& values);

/// The value below which a share `p` of Student's t distribution with `df` degrees of freedom lies, to
/// 1e-6 or better. df may be fractional, as Welch's is. Throws std::invalid_argument unless 0 < p < 1 and
/// df > 0.
double student_t_quantile(double p, double df);

/// The difference between two groups' means and an interval for it that does not assume equal variances.
struct WelchInterval {
  double difference = 0;  ///< mean(with) - mean(without)
  double low = 0, high = 0;
  double df = 0;  ///< Welch–Satterthwaite degrees of freedom
};

/// Welch's interval at `level` (0.95: 95%). Nullopt when either side has fewer than two values. When both
/// sides' values are all alike, the interval is the difference itself and df is n1 + n2 - 2 (the pooled
/// test's): nothing varies, so there is no spread to widen it by, and no division by zero.
std::optional<WelchInterval> welch_interval(const std::vector<double>& with, const std::vector<double>& without,
                                            double level = 0.95);

/// The least-squares slope of y against x; nullopt with fewer than two distinct x.
std::optional<double> least_squares_slope(const std::vector<std::pair<double, double>>& points);

/// Loop Habit Tracker's multiplier for a daily habit: 0.5^(sqrt(1)/13), so 13 full days reach 50%.
double habit_multiplier();
/// The exponential habit score after these days, oldest first: each day's value is its completions over
/// the daily count, at most 1; score = previous * m + value * (1 - m), from 0.
double habit_score(const std::vector<double>& day_values);

/// The longest run of true values.
int longest_run(const std::vector<bool>& days);

}  // namespace backcare::reports

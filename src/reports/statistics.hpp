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

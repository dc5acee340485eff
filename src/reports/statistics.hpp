#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace backcare::reports {

// The figures behind week and trend, on plain numbers so that each can be checked by hand.

/// `value` rounded half away from zero to `decimals` places; never -0.
double round_to(double value, int decimals);

/// The arithmetic mean; nullopt for no values.
std::optional<double> mean_of(const std::vector<double>& values);

/// The least-squares slope of y against x; nullopt with fewer than two distinct x.
std::optional<double> least_squares_slope(const std::vector<std::pair<double, double>>& points);

/// How far a week's mean can be trusted, from its logged days (clinical notes §5): "reliable" (5+),
/// "provisional" (3-4), "not enough" (under 3).
std::string reliability(int days_logged);
/// Weeks with this many logged days are compared at all.
inline constexpr int kComparableDays = 3;
/// Weeks with this many logged days can be a baseline.
inline constexpr int kBaselineDays = 5;
/// A daily pain of this or more is severe and points to the red flags.
inline constexpr int kSevere = 7;

/// A change between two weekly means, as shown: points to one decimal, percent whole.
struct Change {
  double points = 0;
  std::optional<double> pct;  ///< nullopt when the earlier mean is under 4: percent misleads near the floor
  std::string label;          ///< clinical notes §2, on the shown figures
  bool worse = false;         ///< a rise of 2+ points or 30%+
};

/// The change from `before` to `after`. Labels: substantial improvement (50%+ drop or 4+ points),
/// meaningful improvement (30%+ or 2+), small change (10-29% or 1+ either way), little or no change;
/// a rise of 2+ points or 30%+ is worse. The label is taken from the rounded figures, so it always
/// agrees with the numbers beside it.
Change change_between(double before, double after);

/// Loop Habit Tracker's multiplier for a daily habit: 0.5^(sqrt(1)/13), so 13 full days reach 50%.
double habit_multiplier();
/// The exponential habit score after these days, oldest first: each day's value is its completions over
/// the daily count, at most 1; score = previous * m + value * (1 - m), from 0.
double habit_score(const std::vector<double>& day_values);

/// The length of the run of true values ending at the last one (0 when the last is false).
int run_at_end(const std::vector<bool>& days);
/// The longest run of true values.
int longest_run(const std::vector<bool>& days);

}  // namespace backcare::reports

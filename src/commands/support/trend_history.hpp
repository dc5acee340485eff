#pragma once
#include "commands/support/env.hpp"
#include "reports/trend.hpp"

namespace backcare::commands {

/// Fills what `trend` and `report` read for the weeks from `input.first` to `input.today`: the range, the
/// weeks the rulebook compares, the habit window and the streaks. Bounded by the range, not by the diary:
/// a trend of 12 weeks reads 12 weeks and a few more, at one year or fifty.
void read_trend_history(const Env& env, reports::TrendInput& input);

}  // namespace backcare::commands

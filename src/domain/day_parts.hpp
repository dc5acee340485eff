#pragma once

namespace backcare::domain {

// The parts of the day the article names, in minutes past midnight: `suggest` places its routines by
// them and `plan`'s morning and evening reminders must fall inside them, so both agree on "morning".

/// Where the morning ends.
inline constexpr int kMorningEnds = 11 * 60;
/// Where the evening starts.
inline constexpr int kEveningStarts = 19 * 60;

}  // namespace backcare::domain

#pragma once
#include <string>
#include <vector>

#include "domain/entries.hpp"

namespace backcare::render {

// Entries in words, for the commands that change them (edit, delete) and for undo, which changes them back.

/// "pain 7/10 for Tue 24 Nov 2026 (logged 08:10)", or "(no time given)".
std::string entry_words(const domain::PainEntry& entry);
/// "back-rub, 10 reps for Tue 24 Nov 2026 (logged 08:10)".
std::string entry_words(const domain::Completion& entry);
/// "leg-swelling:left for Tue 24 Nov 2026 (logged 08:10)".
std::string entry_words(const domain::SignEntry& entry);
std::string entry_words(const domain::DayTag& entry);
/// "low-back, sacroiliac:left": where it hurt, as she typed it.
std::string places_words(const std::vector<domain::Place>& places);
/// What differs from `before` to `after`, "pain 7 → 5 for Tue 24 Nov 2026", the day last: "for" the day,
/// or "moved from Tue 24 Nov 2026 to Mon 23 Nov 2026".
std::string change_words(const domain::PainEntry& before, const domain::PainEntry& after);
std::string change_words(const domain::Completion& before, const domain::Completion& after);
std::string change_words(const domain::SignEntry& before, const domain::SignEntry& after);
std::string change_words(const domain::DayTag& before, const domain::DayTag& after);

}  // namespace backcare::render

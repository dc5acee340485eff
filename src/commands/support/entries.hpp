#pragma once
#include <optional>
#include <string>
#include <vector>

#include "commands/support/env.hpp"
#include "domain/day.hpp"
#include "domain/entries.hpp"
#include "domain/entry_id.hpp"
#include "domain/errors.hpp"
#include "views/diary_views.hpp"

namespace backcare::commands {

// What `pain`, `done` and `checkin` share: entries stamped with the moment they are logged, and the
// confirmation of what was logged.

/// The clock time of an entry for `day`: --time as given (checked, not in the future); else now when
/// the day is today's diary day; else none, for a back-filled entry (its logged_at still says when it was
/// typed). UserError for a malformed or future time.
std::string entry_time(const std::optional<std::string>& time, domain::Day day, const Env& env);

/// A pain entry for `day` at clock time `time` ("" for none), logged at `now`.
domain::PainEntry new_pain_entry(int level, domain::Day day, std::string time, std::string note, const domain::Now& now);

/// One completion per slug for `day` at `time`, logged at `now`, each with the reps, minutes and note of
/// `details`.
std::vector<domain::Completion> new_completions(const std::vector<std::string>& slugs, domain::Day day,
                                                const std::string& time, const domain::Now& now,
                                                const domain::Completion& details = {});

/// The confirmation of what was logged for `day`, once written: whether the red flags are due now, a
/// severe level back-dated outside the window of now, and the routines whose phase rule holds them that day.
views::Logged logged(domain::Day day, std::optional<int> level, std::vector<std::string> slugs,
                     std::vector<domain::EntryId> ids, const Env& env);

/// The refusal of an id that names no entry, for `edit` and `delete`.
/// An id that was deleted is named so, with the day it went (ids are never given again).
UserError no_entry(domain::EntryId id, const Env& env);

/// A note as typed, checked (valid UTF-8, not too long); empty when none was given.
std::string checked_note(const std::optional<std::string>& note);

}  // namespace backcare::commands

#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reports/held.hpp"
#include "rules/phase.hpp"
#include "domain/settings.hpp"
#include "render/style.hpp"
#include "rules/due_now.hpp"
#include "rules/redflag_pointer.hpp"
#include "rules/rulebook.hpp"

namespace backcare::render {

// The rulebook's answers in words, worded once for every command, in text and JSON.

/// The pointer to the red flags when they are due now: why, then what the list holds; two lines, each
/// ended. Empty when they are not due. The only text that says "read 'backcare redflags' now".
std::string pointer_text(const rules::DueNow& due);
/// The same, in the warning style: what every text view puts first.
std::string pointer_text(const rules::DueNow& due, const Style& style);
/// Why the pointer is shown: "an entry of 8/10 on Tue 24 Nov 2026"; empty when not due.
std::string pointer_why(const rules::DueNow& due);
/// Adds "redflags": true|false, "redflags_why": text|null and "redflags_tier" (rules::tier_code).
void add_pointer(nlohmann::json& out, const rules::DueNow& due);

/// One past flag, never "now": "an entry of 8/10 on Sun 20 Sep 2026", "pain rose 2.0 points in 2026-W41,
/// on the week before".
std::string past_why(const rules::Pointer& flag, domain::WeekStart start);
/// What a past period held that calls for the red flags, worded in the past, never "now": one line per
/// flag after `heading` ("In this week:"), the latest 5 when there are more, then the advice to read the
/// list if such signs are back.
/// Empty when there is none. Weeks are named as `start` names them.
std::string past_text(const std::vector<rules::Pointer>& past, std::string_view heading, domain::WeekStart start);
/// A severe entry just logged for a day outside the window of now, in the past tense, naming the list.
std::string past_entry_text(const rules::Pointer& entry);
/// Adds "redflags_past": one object per flag ({"code", "date", "week", "level", "points", "why"}).
void add_past(nlohmann::json& out, const std::vector<rules::Pointer>& past,
              domain::WeekStart start = domain::WeekStart::monday);

/// "likely meaningful improvement", "small worsening"…
std::string change_words(rules::ChangeLabel label);
/// "-2.4 points (-36%)", or "+1.0 points (no percent: <why>)" where the earlier mean is under the floor.
std::string change_figures(const rules::Change& change, std::string_view no_percent_why);
/// "reliable", "provisional", "not enough".
std::string reliability_words(rules::Reliability reliability);

/// The wait of a hold in weeks: "8 weeks after a caesarean", and where no source sets it, that it is
/// backcare's own careful choice (rules::Hold::weeks_are_own_choice).
std::string wait_words(const rules::Hold& hold);
/// Why a routine is held and what frees it: "until Mon 21 Dec 2026, 8 weeks after a caesarean, …".
std::string hold_text(const rules::Hold& hold);
/// The hold in a few words, for a checklist, with the whole condition: "held until 21 Dec", "held until
/// 21 Dec, then a clinician's OK", "held until a clinician's OK".
std::string hold_word(const rules::Hold& hold);
/// The hold's stable code for JSON: "too_soon", "needs_clearance", "not_cleared", "birth_date_unknown".
std::string_view hold_code(const rules::Hold& hold);

/// Routines held by their phase rule, as every --json gives them: slug, code, until (or null) and why.
nlohmann::json held_json(const std::vector<reports::HeldRoutine>& held);

/// "Days with pain of 7 or more": the severe level, from the rulebook.
std::string severe_days_words();

}  // namespace backcare::render

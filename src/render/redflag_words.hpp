#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "domain/settings.hpp"
#include "render/style.hpp"
#include "rules/due_now.hpp"

namespace backcare::render {

// The red flags in words, worded once for every command: the pointer when they are due now, and what a
// past period held, in the past tense, never "now".

/// The pointer to the red flags when they are due now: why, then what the list holds; two lines, each
/// ended. Empty when they are not due. The only text that says "read 'backcare redflags' now".
std::string pointer_text(const rules::DueNow& due);
/// The same, in the warning style: what every text view puts first.
std::string pointer_text(const rules::DueNow& due, const Style& style);
/// The sign that made the pointer due, when one did (it outranks the entry or rise behind it), else null.
const rules::RecordedSign* deciding_sign(const rules::DueNow& due);
/// A write's confirmation (one line, unended) with the pointer and the routine note, in the one order every
/// writing command uses: an emergency's instruction before anything else (issue 27), any other pointer
/// straight after the confirmation, then the quiet note.
std::string confirmed_with_pointer(const std::string& confirmation, const rules::DueNow& due, const Style& style);
/// The quiet note of a routine-tier sign (pain below the knee on one side…), which is not the pointer:
/// one ended line, empty unless due.tier is routine.
std::string routine_note(const rules::DueNow& due);
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
/// A sign just recorded for a day outside the window of now that raises a flag: what to do if it is still
/// there or comes back, never "now".
std::string past_sign_text(const rules::RecordedSign& flag);
/// A severe entry just logged for a day outside the window of now, in the past tense, naming the list.
std::string past_entry_text(const rules::Pointer& entry);
/// Adds "redflags_past": one object per flag ({"code", "date", "week", "level", "points", "why"}).
void add_past(nlohmann::json& out, const std::vector<rules::Pointer>& past,
              domain::WeekStart start = domain::WeekStart::monday);

}  // namespace backcare::render

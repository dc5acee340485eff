#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "render/redflag_words.hpp"
#include "reports/held.hpp"
#include "rules/phase.hpp"
#include "rules/redflag_pointer.hpp"
#include "rules/rulebook.hpp"

namespace backcare::render {

// The rulebook's answers in words, worded once for every command, in text and JSON.

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

#pragma once
#include <optional>

#include "domain/day.hpp"
#include "domain/phase_hold.hpp"
#include "domain/settings.hpp"

namespace backcare::rules {

// Phase rules (clinical notes §4.2 and §4, "How a tracker should use this"): exercises wait after the
// birth, longer after a caesarean, and after a caesarean a clinician's OK comes first. Birth type unset
// means the more careful rules.

/// Why a routine is held today.
enum class HoldReason {
  not_cleared,         ///< she said she is not cleared for exercise
  birth_date_unknown,  ///< the wait cannot be counted: no birth date
  too_soon,            ///< the weeks after the birth have not passed
  needs_clearance,     ///< the weeks have passed; a clinician's OK is still needed
};

/// A routine held, and what would free it.
struct Hold {
  HoldReason reason = HoldReason::too_soon;
  std::optional<domain::Day> until;  ///< too_soon: the first day past the wait
  int weeks = 0;                     ///< the wait, in weeks after the birth
  bool caesarean_rules = false;      ///< a caesarean's wait and clearance apply
  bool birth_type_assumed = false;   ///< birth type unset: the caesarean rules are assumed
  bool clearance_after = false;      ///< too_soon, and a clinician's OK is needed after the wait as well
  bool clearance_frees = false;      ///< `cleared-for-exercise yes` would free it today
  /// The weeks are backcare's own careful choice, not a source's: after a vaginal birth the clinical notes
  /// (§4.1) set no wait for the exercises other than sit-ups; most women wait for the postnatal check.
  bool weeks_are_own_choice = false;
};

/// The hold on a routine with `rule` on `day`, or nullopt when it is free.
std::optional<Hold> hold_of(const domain::PhaseHold& rule, const domain::Settings& settings, domain::Day day);

}  // namespace backcare::rules

#include "rules/phase.hpp"

namespace backcare::rules {
namespace {

bool needs_clearance(const domain::PhaseHold& rule, bool caesarean_rules) {
  using Clearance = domain::PhaseHold::Clearance;
  return rule.clearance == Clearance::always || (rule.clearance == Clearance::after_caesarean && caesarean_rules);
}

}  // namespace

/// The hold before asking whether a clinician's OK would lift it.
std::optional<Hold> hold_without_clearance_check(const domain::PhaseHold& rule, const domain::Settings& settings,
                                                 domain::Day day) {
  if (!rule.holds_anything()) return std::nullopt;
  Hold hold;
  hold.birth_type_assumed = !settings.birth_type;
  hold.caesarean_rules = settings.birth_type != domain::BirthType::vaginal;
  hold.weeks = hold.caesarean_rules ? rule.weeks_after_caesarean : rule.weeks_after_vaginal;
  // §4.1: after a caesarean the sources name at least 8 weeks, and §4.2 holds sit-ups for the 6–8 week check
  // after any birth; for the other exercises after a vaginal birth they name no wait (ACOG: as soon as she
  // feels able), so waiting until about the postnatal check is backcare's careful choice.
  hold.weeks_are_own_choice =
      !hold.caesarean_rules && hold.weeks > 0 && rule.clearance != domain::PhaseHold::Clearance::always;
  const bool clearance = needs_clearance(rule, hold.caesarean_rules);
  const bool cleared = settings.cleared_for_exercise == true;
  if (settings.cleared_for_exercise == false) {
    hold.reason = HoldReason::not_cleared;
    return hold;
  }
  // A clinician's OK shortens the wait, except where the weeks are a floor.
  if (hold.weeks > 0 && (!cleared || rule.weeks_are_minimum)) {
    if (!settings.birth_date) {
      hold.reason = HoldReason::birth_date_unknown;
      hold.clearance_after = clearance && !cleared;
      return hold;
    }
    const domain::Day until = *settings.birth_date + date::days{7 * hold.weeks};
    if (day < until) {
      hold.reason = HoldReason::too_soon;
      hold.until = until;
      hold.clearance_after = clearance && !cleared;
      return hold;
    }
  }
  if (clearance && !cleared) {
    hold.reason = HoldReason::needs_clearance;
    return hold;
  }
  return std::nullopt;
}

std::optional<Hold> hold_of(const domain::PhaseHold& rule, const domain::Settings& settings, domain::Day day) {
  auto hold = hold_without_clearance_check(rule, settings, day);
  if (hold && settings.cleared_for_exercise != true) {
    domain::Settings cleared = settings;
    cleared.cleared_for_exercise = true;
    hold->clearance_frees = !hold_without_clearance_check(rule, cleared, day);
  }
  return hold;
}

}  // namespace backcare::rules

#include "rules/redflag_pointer.hpp"

namespace backcare::rules {

std::optional<Pointer> redflag_pointer(const PointerEvidence& evidence) {
  if (evidence.worst_day && is_severe(evidence.worst_level)) {
    return Pointer{PointerCause::severe_entry, *evidence.worst_day, evidence.worst_level, {}, std::nullopt};
  }
  if (evidence.against_previous_week && evidence.against_previous_week->meaningful_rise()) {
    return Pointer{PointerCause::rise_on_previous_week, {}, 0, *evidence.against_previous_week, std::nullopt};
  }
  if (evidence.against_baseline && evidence.against_baseline->meaningful_rise()) {
    return Pointer{PointerCause::rise_on_baseline, {}, 0, *evidence.against_baseline, std::nullopt};
  }
  return std::nullopt;
}

}  // namespace backcare::rules

#pragma once
#include <optional>
#include <vector>

#include "domain/day.hpp"
#include "domain/place.hpp"
#include "domain/settings.hpp"
#include "rules/due_now.hpp"

namespace backcare::rules {

// Where it hurts and the signs recorded beside pain, routed to the red flags (issue 27). Clinical notes
// §6.2 gives the tiers, §3 the source of each (§3.1 and §3.2: both legs, saddle, bladder and bowel,
// worsening weakness, upper back; §3.3: one swollen leg, and new leg numbness or weakness after an epidural
// or spinal within about 6 weeks); §6.1: the pelvic girdle regions raise no flag by themselves.

/// One recorded place on its diary day: a sign (slug and side) or one region of a pain entry.
struct DatedPlace {
  domain::Day day;
  domain::Place place;

  friend bool operator==(const DatedPlace&, const DatedPlace&) = default;
};

/// What the rules read.
struct BodyFlagInput {
  std::optional<domain::Day> birth_date;  ///< unset: the careful choice, as if the birth were recent
  std::optional<domain::Anaesthesia> anaesthesia;  ///< unset: an epidural or spinal is assumed
  std::vector<DatedPlace> signs;    ///< any order; a "getting worse" rule looks back kWorseningDays
  std::vector<DatedPlace> regions;  ///< each region of each pain entry, any order
};

/// A second leg-weakness sign within this many days of another is leg weakness getting worse (§3.2
/// "progressive neurological deficit", §6.2).
inline constexpr int kWorseningDays = 14;
/// Clot risk, and problems after an epidural or spinal, are raised for about 6 weeks after a birth (§3.3).
inline constexpr int kAfterBirthWeeks = 6;

/// Every flag the signs and regions raise, one per sign or region that raises one, oldest first (of one
/// day, the most urgent first), with code, tier and advice set (not `said` or `action`).
std::vector<RecordedSign> body_flags(const BodyFlagInput& input);

}  // namespace backcare::rules

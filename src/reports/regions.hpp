#pragma once
#include <vector>

#include "domain/entries.hpp"
#include "domain/place.hpp"

namespace backcare::reports {

// Where it hurt over a period (issue 27): how many days each place was named by a pain entry. A day
// counts once for a place, however many entries name it.

/// A place and the days it hurt.
struct RegionDays {
  domain::Place place;
  int days = 0;

  friend bool operator==(const RegionDays&, const RegionDays&) = default;
};

/// Each place as logged ("buttock", "buttock:left", "buttock:both" apart), in the order of `kinds`
/// (content's), then unspecified, left, right, both; places never named are left out.
std::vector<RegionDays> region_days(const std::vector<domain::PainEntry>& entries,
                                    const std::vector<domain::PlaceKind>& kinds);

/// The days of each shape a body outline draws: a region without sides as itself; one with sides as
/// its left and its right, each counting the days it hurt on that side, on both sides, or with no side
/// given (she did not say which, so neither side is left blank). In the order of `kinds`, then left,
/// right; every shape, 0 days included.
std::vector<RegionDays> shape_days(const std::vector<domain::PainEntry>& entries,
                                   const std::vector<domain::PlaceKind>& kinds);

}  // namespace backcare::reports

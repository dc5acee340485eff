#include "reports/regions.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace backcare::reports {
namespace {

/// The days each place was named, a day once per place.
std::set<std::pair<domain::Place, domain::Day>> named_days(const std::vector<domain::PainEntry>& entries) {
  std::set<std::pair<domain::Place, domain::Day>> named;
  for (const auto& entry : entries) {
    for (const auto& place : entry.regions) named.insert({place, entry.day});
  }
  return named;
}

/// The days on which `slug` hurt with one of `sides`.
int days_with(const std::set<std::pair<domain::Place, domain::Day>>& named, const std::string& slug,
              std::initializer_list<domain::Side> sides) {
  std::set<domain::Day> days;
  for (const auto& [place, day] : named) {
    if (place.slug == slug && std::find(sides.begin(), sides.end(), place.side) != sides.end()) days.insert(day);
  }
  return int(days.size());
}

constexpr std::initializer_list<domain::Side> kEverySide = {domain::Side::unspecified, domain::Side::left,
                                                            domain::Side::right, domain::Side::both};

}  // namespace

std::vector<RegionDays> region_days(const std::vector<domain::PainEntry>& entries,
                                    const std::vector<domain::PlaceKind>& kinds) {
  const auto named = named_days(entries);
  std::vector<RegionDays> out;
  for (const auto& kind : kinds) {
    for (const auto side : kEverySide) {
      if (const int days = days_with(named, kind.slug, {side})) out.push_back({{kind.slug, side}, days});
    }
  }
  return out;
}

std::vector<RegionDays> shape_days(const std::vector<domain::PainEntry>& entries,
                                   const std::vector<domain::PlaceKind>& kinds) {
  using domain::Side;
  const auto named = named_days(entries);
  std::vector<RegionDays> out;
  for (const auto& kind : kinds) {
    if (!kind.sides) {
      out.push_back({{kind.slug, Side::unspecified}, days_with(named, kind.slug, kEverySide)});
      continue;
    }
    out.push_back({{kind.slug, Side::left}, days_with(named, kind.slug, {Side::left, Side::both, Side::unspecified})});
    out.push_back({{kind.slug, Side::right}, days_with(named, kind.slug, {Side::right, Side::both, Side::unspecified})});
  }
  return out;
}

}  // namespace backcare::reports

#pragma once
#include <map>
#include <optional>
#include <string>

#include "domain/day.hpp"
#include "domain/settings.hpp"
#include "reports/weekly.hpp"
#include "rules/rulebook.hpp"

namespace backcare::reports {

/// A week named with its mean: the baseline, the latest or the one before it.
struct NamedMean {
  std::string name;
  double pain_mean = 0;
};

/// The weeks the rulebook compares, and the changes between them, as trend and the report show them.
struct WeekChanges {
  std::optional<NamedMean> baseline;  ///< the first reliable week in the whole history
  std::optional<NamedMean> latest;    ///< the most recent comparable week
  std::optional<NamedMean> previous;  ///< the week before the latest, when it is comparable too
  std::optional<rules::Change> change;                ///< baseline to latest, when the latest comes after it
  std::optional<rules::Change> change_from_previous;  ///< the week before to the latest
};

/// The changes over `weeks`, the latest being the most recent comparable week.
WeekChanges week_changes(const std::map<domain::Day, WeekFigures>& weeks, domain::WeekStart start);

}  // namespace backcare::reports

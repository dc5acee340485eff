#pragma once
#include <optional>

#include "domain/day.hpp"
#include "reports/patterns.hpp"
#include "rules/due_now.hpp"

namespace backcare::views {

/// `patterns`: pain on days with and without each routine, over the days from `first` to `last`.
struct PatternsView {
  std::optional<domain::Day> first, last;  ///< none: no pain logged yet
  bool next_day = false;
  reports::Patterns patterns;
  rules::DueNow due;  ///< whether to read the red flags now
};

}  // namespace backcare::views

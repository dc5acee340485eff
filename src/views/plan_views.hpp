#pragma once
#include <optional>
#include <string>

#include "reports/plan.hpp"
#include "rules/due_now.hpp"

namespace backcare::views {

/// `plan` without --ics: the plan to read. With --ics: the calendar file it goes to (empty: stdout).
struct PlanView {
  reports::Plan plan;
  rules::DueNow due;  ///< whether to read the red flags now
};
struct PlanWritten {
  reports::Plan plan;
  std::optional<std::string> file;
  rules::DueNow due;  ///< whether to read the red flags now: on stderr when the calendar goes to stdout
};

}  // namespace backcare::views

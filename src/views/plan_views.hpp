#pragma once
#include <optional>
#include <string>

#include "reports/plan.hpp"

namespace backcare::views {

/// `plan` without --ics: the plan to read. With --ics: the calendar file it goes to (empty: stdout).
struct PlanView {
  reports::Plan plan;
};
struct PlanWritten {
  reports::Plan plan;
  std::optional<std::string> file;
};

}  // namespace backcare::views

#pragma once
#include <string>

#include "rules/phase.hpp"

namespace backcare::reports {

/// A routine held back by its phase rule (the rulebook), and why.
struct HeldRoutine {
  std::string slug;
  rules::Hold hold;
};

}  // namespace backcare::reports

#pragma once
#include <string>

#include "domain/day.hpp"

namespace backcare::domain {

/// The figures of one day's pain entries: what the reports read instead of every entry.
struct DailyPain {
  Day day;
  double mean = 0;
  int max = 0;
  int entries = 0;
};

/// How many times a routine was logged on one day.
struct DailyCompletions {
  Day day;
  std::string slug;
  int count = 0;
};

}  // namespace backcare::domain

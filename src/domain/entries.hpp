#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "domain/day.hpp"

namespace backcare::domain {

/// One pain rating on the 0–10 scale. A day may hold several; its figures are derived.
struct PainEntry {
  std::int64_t id = 0;
  Day day;
  std::string time;       ///< local HH:MM when it was logged
  std::string logged_at;  ///< ISO 8601 UTC
  int level = 0;
  std::string note;

  friend bool operator==(const PainEntry&, const PainEntry&) = default;
};

/// One routine marked done.
struct Completion {
  std::int64_t id = 0;
  Day day;
  std::string time;
  std::string logged_at;
  std::string slug;
  std::optional<int> reps;
  std::optional<int> minutes;
  std::string note;

  friend bool operator==(const Completion&, const Completion&) = default;
};

}  // namespace backcare::domain

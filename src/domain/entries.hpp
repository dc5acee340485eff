#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/day.hpp"
#include "domain/place.hpp"

namespace backcare::domain {

/// One pain rating on the 0–10 scale. A day may hold several; its figures are derived.
struct PainEntry {
  std::int64_t id = 0;
  Day day;
  std::string time;       ///< local HH:MM when it was logged
  std::string logged_at;  ///< ISO 8601 UTC
  int level = 0;
  std::string note;
  std::vector<Place> regions;  ///< where it hurt, in the order given (issue 27); none: not said
  std::vector<std::string> tags;  ///< what else went on, in the order given (issue 29)

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
  std::vector<std::string> tags;  ///< what else went on, in the order given (issue 29)

  friend bool operator==(const Completion&, const Completion&) = default;
};

/// One sign recorded beside pain, as what it is (issue 27): content/body.toml lists them.
struct SignEntry {
  std::int64_t id = 0;
  Day day;
  std::string time;
  std::string logged_at;
  Place sign;  ///< its slug, and its side for a leg sign
  std::string note;

  friend bool operator==(const SignEntry&, const SignEntry&) = default;
};

/// A tag on a day (issue 29), an entry of its own: `backcare tag lifting` makes one a tag.
struct DayTag {
  std::int64_t id = 0;
  Day day;
  std::string time;  ///< when it was tagged, for a day logged live; "" when back-filled
  std::string logged_at;
  std::string slug;

  friend bool operator==(const DayTag&, const DayTag&) = default;
};

}  // namespace backcare::domain

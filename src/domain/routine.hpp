#pragma once
#include <string>
#include <vector>

#include "domain/phase_hold.hpp"
#include "domain/version.hpp"

namespace backcare::domain {

/// A routine from the article (full instructions) or one the user added (name, kind and dose only).
struct Routine {
  std::string slug;
  std::string name;
  std::string kind;  ///< massage, exercise, heat or other
  std::string dose;
  int order = 0;         ///< article order; user routines follow
  int daily_count = 1;   ///< times a day the article gives it
  std::string when;      ///< when it is done, in words
  std::vector<std::string> times_of_day;  ///< "morning", "evening": windows the suggester prefers
  bool needs_helper = false;
  bool gentle = false;   ///< no exercise: what suggest still offers after a severe entry
  std::string section;   ///< where in the article it comes from
  std::string summary;
  std::vector<std::string> steps;
  std::vector<std::string> cautions;  ///< shown with its steps and every time it is suggested
  PhaseHold hold;                     ///< when it waits after the birth; none for user routines
  bool from_article = true;
  bool retired = false;
  Version version;  ///< a routine of hers, as exports carry it (issue 28); "" for the article's

  friend bool operator==(const Routine&, const Routine&) = default;
};

/// Exercise is the kind the article holds back after the birth until the user is cleared.
inline bool is_exercise(const Routine& routine) { return routine.kind == "exercise"; }

}  // namespace backcare::domain

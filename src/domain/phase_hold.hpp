#pragma once

namespace backcare::domain {

/// When a routine waits after the birth, as content/ gives it (clinical notes §4.2): weeks after each
/// kind of birth, and whether a clinician's OK is needed as well.
struct PhaseHold {
  enum class Clearance { never, after_caesarean, always };
  int weeks_after_vaginal = 0;
  int weeks_after_caesarean = 0;
  Clearance clearance = Clearance::never;
  /// The weeks are a floor that a clinician's OK does not shorten (sit-up: "not before the 6–8 week check").
  bool weeks_are_minimum = false;

  friend bool operator==(const PhaseHold&, const PhaseHold&) = default;

  bool holds_anything() const {
    return weeks_after_vaginal > 0 || weeks_after_caesarean > 0 || clearance != Clearance::never;
  }
};

}  // namespace backcare::domain

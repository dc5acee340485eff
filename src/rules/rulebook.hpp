#pragma once
#include <optional>
#include <string_view>

#include "domain/day.hpp"

namespace backcare::rules {

// The one rulebook for pain and safety: every command asks here, and no threshold is written anywhere
// else. Each rule names its section of ../shared/clinical-notes.md. Words are render/'s; the codes here
// are stable for scripts.

/// §1.2: every scheme of pain bands agrees that 7–10 is severe; §5 ("How a tracker should use this"):
/// any day with an entry at this level or above brings up the red-flag checklist.
inline constexpr int kSevereLevel = 7;
/// A single entry at the severe level: one such entry makes its day a severe day, whatever the mean.
constexpr bool is_severe(int level) { return level >= kSevereLevel; }

/// §5.2: the mean of 5 or more daily ratings is reliable (Heapy 2014); 3–4 already track the week well
/// (Broderick 2009) but are provisional; fewer are not compared at all.
inline constexpr int kReliableDays = 5;
inline constexpr int kProvisionalDays = 3;
enum class Reliability { reliable, provisional, not_enough };
constexpr Reliability reliability(int days_logged) {
  if (days_logged >= kReliableDays) return Reliability::reliable;
  return days_logged >= kProvisionalDays ? Reliability::provisional : Reliability::not_enough;
}
/// A week that can be compared with another: provisional or better.
constexpr bool comparable(int days_logged) { return days_logged >= kProvisionalDays; }
/// §5: the baseline is the first week whose mean is reliable.
constexpr bool can_be_baseline(int days_logged) { return days_logged >= kReliableDays; }

/// §2.1–2.3: about 2 points or 30% is a clinically important change (Farrar 2001, Ostelo 2008); 4 points
/// or 50% is substantial (IMMPACT); 1 point or 10% is the smallest change worth naming (IMMPACT's
/// "minimally important" 10–20%, Salaffi 2004). §2.5: below a mean of 4 a percentage misleads, so points
/// alone decide there. The same sizes are mirrored for a rise (clinical notes: no source sets a separate
/// threshold for worsening).
inline constexpr double kSmallPoints = 1, kSmallPercent = 10;
inline constexpr double kMeaningfulPoints = 2, kMeaningfulPercent = 30;
inline constexpr double kSubstantialPoints = 4, kSubstantialPercent = 50;
inline constexpr double kPercentFromMean = 4;

enum class ChangeLabel {
  substantial_improvement,
  likely_meaningful_improvement,
  small_improvement,
  little_or_no_change,
  small_worsening,
  likely_meaningful_worsening,
  substantial_worsening,
};

/// A change between two weekly means, as shown: points to one decimal, percent whole; the label is
/// taken from those rounded figures, so it always agrees with the numbers beside it.
struct Change {
  double points = 0;
  std::optional<double> pct;  ///< nullopt when the earlier mean is under kPercentFromMean
  ChangeLabel label = ChangeLabel::little_or_no_change;

  /// A rise of a likely meaningful size or more: it brings up the red-flag pointer.
  bool meaningful_rise() const {
    return label == ChangeLabel::likely_meaningful_worsening || label == ChangeLabel::substantial_worsening;
  }

  friend bool operator==(const Change&, const Change&) = default;
};

Change change_between(double before, double after);

/// The label's stable code for JSON: "likely_meaningful_worsening", "little_or_no_change"…
std::string_view change_code(ChangeLabel label);
/// The stable code of a reliability, for JSON: reliable, provisional or not_enough.
std::string_view reliability_code(Reliability reliability);
/// `value` rounded half away from zero to `decimals` places; never -0.
double round_to(double value, int decimals);

}  // namespace backcare::rules

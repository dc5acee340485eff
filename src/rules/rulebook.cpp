#include "rules/rulebook.hpp"

#include <cmath>

namespace backcare::rules {
namespace {

// Figures are averages of whole numbers, so a tiny nudge makes 2.25 round to 2.3 as a person would,
// despite binary floating point holding it as 2.2499999.
constexpr double kNudge = 1e-9;

/// The size of a change, 0 (little) to 3 (substantial), from its points and percent either way.
int size_of(double points, double pct) {
  const double p = std::abs(points), q = std::abs(pct);
  if (p >= kSubstantialPoints || q >= kSubstantialPercent) return 3;
  if (p >= kMeaningfulPoints || q >= kMeaningfulPercent) return 2;
  if (p >= kSmallPoints || q >= kSmallPercent) return 1;
  return 0;
}

}  // namespace

double round_to(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(value * scale + (value < 0 ? -kNudge : kNudge)) / scale;
  return rounded == 0 ? 0.0 : rounded;
}

Change change_between(double before, double after) {
  Change change;
  change.points = round_to(after - before, 1);
  if (before >= kPercentFromMean) change.pct = round_to((after - before) / before * 100, 0);
  const int size = size_of(change.points, change.pct.value_or(0));
  const bool rise = change.points > 0 || change.pct.value_or(0) > 0;
  static constexpr ChangeLabel kFalls[] = {ChangeLabel::little_or_no_change, ChangeLabel::small_improvement,
                                           ChangeLabel::likely_meaningful_improvement,
                                           ChangeLabel::substantial_improvement};
  static constexpr ChangeLabel kRises[] = {ChangeLabel::little_or_no_change, ChangeLabel::small_worsening,
                                           ChangeLabel::likely_meaningful_worsening,
                                           ChangeLabel::substantial_worsening};
  change.label = rise ? kRises[size] : kFalls[size];
  return change;
}

std::string_view reliability_code(Reliability reliability) {
  switch (reliability) {
    case Reliability::reliable: return "reliable";
    case Reliability::provisional: return "provisional";
    case Reliability::not_enough: break;
  }
  return "not_enough";
}

std::string_view change_code(ChangeLabel label) {
  switch (label) {
    case ChangeLabel::substantial_improvement: return "substantial_improvement";
    case ChangeLabel::likely_meaningful_improvement: return "likely_meaningful_improvement";
    case ChangeLabel::small_improvement: return "small_improvement";
    case ChangeLabel::little_or_no_change: break;
    case ChangeLabel::small_worsening: return "small_worsening";
    case ChangeLabel::likely_meaningful_worsening: return "likely_meaningful_worsening";
    case ChangeLabel::substantial_worsening: return "substantial_worsening";
  }
  return "little_or_no_change";
}

}  // namespace backcare::rules

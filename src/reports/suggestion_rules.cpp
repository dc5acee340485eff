#include "reports/suggestions.hpp"

namespace backcare::reports {
namespace {

constexpr const char* kNoBirthDate =
    "Exercises wait for your postnatal check (6-8 weeks after the birth); tell backcare your birth date: "
    "backcare config birth-date YYYY-MM-DD";
constexpr const char* kWhenCleared = "backcare config cleared-for-exercise yes";

}  // namespace

DayPart day_part(int minutes_past_midnight, bool before_day_start) {
  if (before_day_start || minutes_past_midnight >= kEveningStarts) return DayPart::evening;
  return minutes_past_midnight < kMorningEnds ? DayPart::morning : DayPart::midday;
}

ExerciseGate exercise_gate(const domain::Settings& settings, domain::Day day) {
  const bool caesarean = settings.birth_type == domain::BirthType::caesarean;
  if (settings.cleared_for_exercise == true) return {true, true, {}};
  if (settings.cleared_for_exercise == false) {
    return {false, false, {std::string("Exercises are held: you told backcare you are not cleared for them yet; "
                                       "when you are: ") + kWhenCleared}};
  }
  if (!settings.birth_date) return {false, false, {kNoBirthDate}};
  const int weeks = caesarean ? 8 : 6;
  const domain::Day from = *settings.birth_date + date::days{7 * weeks};
  if (day < from) {
    return {false, false,
            {"Exercises wait until " + std::to_string(weeks) + " weeks after the birth" +
             (caesarean ? " (a caesarean)" : "") + ": from " + domain::format_long(from) +
             ", or once your midwife or doctor clears you: " + kWhenCleared}};
  }
  if (caesarean) {
    return {true, false,
            {std::string("sit-up waits after a caesarean until your midwife or doctor clears you: ") + kWhenCleared}};
  }
  return {true, true, {}};
}

}  // namespace backcare::reports

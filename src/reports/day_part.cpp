#include "reports/suggestions.hpp"

namespace backcare::reports {

DayPart day_part(int minutes_past_midnight, bool before_day_start) {
  if (before_day_start || minutes_past_midnight >= kEveningStarts) return DayPart::evening;
  return minutes_past_midnight < kMorningEnds ? DayPart::morning : DayPart::midday;
}

const char* day_part_name(DayPart part) {
  switch (part) {
    case DayPart::morning: return "morning";
    case DayPart::midday: return "midday";
    case DayPart::evening: return "evening";
    case DayPart::whole_day: break;
  }
  return "day";
}

}  // namespace backcare::reports

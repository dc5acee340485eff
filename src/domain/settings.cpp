#include "domain/settings.hpp"

#include "domain/day_parts.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/text.hpp"

#include <utility>

namespace backcare::domain {
namespace {

std::string one_of(std::string_view key, std::string_view value, std::initializer_list<std::string_view> allowed,
                   std::string_view accepted) {
  const std::string normal = lower(value);
  for (auto option : allowed) {
    if (normal == option) return normal;
  }
  throw UserError("invalid " + std::string(key) + " '" + quote_for_message(value) + "': accepted " +
                  std::string(accepted));
}

}  // namespace

const std::array<SettingSpec, 8>& setting_specs() {
  static const std::array<SettingSpec, 8> specs{{
      {"birth-date", "a date YYYY-MM-DD, not in the future", "the day your baby was born"},
      {"birth-type", "vaginal or caesarean", "how your baby was born; exercises wait longer after a caesarean"},
      {"cleared-for-exercise", "yes or no", "whether a midwife, doctor or physio has cleared you to exercise"},
      {"day-starts", "a time HH:MM from 00:00 to 12:00 (default 04:00)",
       "entries logged before this time count for the day before (night feeds)", "04:00"},
      {"week-start", "monday or sunday (default monday)", "the first day of a week in reports", "monday"},
      {"morning", "a time HH:MM from 04:00 to 10:59 (default 08:00)", "when plan's morning reminders ring", "08:00"},
      {"evening", "a time HH:MM from 19:00 to 23:59 (default 21:00)",
       "when plan's evening (before bed) reminders ring", "21:00"},
      {"anaesthesia", "epidural, spinal, general or none",
       "the anaesthetic at the birth (not set: an epidural or spinal is assumed, the careful choice)"},
  }};
  return specs;
}

std::string setting_keys() {
  std::string keys;
  for (const auto& spec : setting_specs()) keys += (keys.empty() ? "" : ", ") + std::string(spec.key);
  return keys;
}

const SettingSpec& find_setting(std::string_view key) {
  for (const auto& spec : setting_specs()) {
    if (spec.key == key) return spec;
  }
  throw UserError("no setting '" + quote_for_message(key) + "': accepted " + setting_keys());
}

std::string normalise_setting(std::string_view key, std::string_view value, Day today) {
  const SettingSpec& spec = find_setting(key);
  if (key == "birth-date") return format_iso(parse_day_argument(value, today, "birth-date"));
  if (key == "birth-type") {
    // The spellings people use for the same birth: stored as one word.
    const std::string word = lower(value);
    if (word == "c-section" || word == "cesarean") return "caesarean";
    return one_of(key, value, {"vaginal", "caesarean"}, spec.accepted);
  }
  if (key == "cleared-for-exercise") return one_of(key, value, {"yes", "no"}, spec.accepted);
  if (key == "week-start") return one_of(key, value, {"monday", "sunday"}, spec.accepted);
  if (key == "anaesthesia") return one_of(key, value, {"epidural", "spinal", "general", "none"}, spec.accepted);
  // The clock times: day-starts, and the reminders, which stay inside the parts of the day that
  // `suggest` gives their routines.
  const auto [earliest, latest] = key == "morning"   ? std::pair{4 * 60, kMorningEnds - 1}
                                  : key == "evening" ? std::pair{kEveningStarts, 24 * 60 - 1}
                                                     : std::pair{0, 12 * 60};
  const auto minutes = parse_clock_time(value);
  if (!minutes || *minutes < earliest || *minutes > latest) {
    throw UserError("invalid " + std::string(key) + " '" + quote_for_message(value) + "': accepted " +
                    std::string(spec.accepted));
  }
  return std::string(value);
}

void apply_setting(Settings& settings, std::string_view key, std::string_view value) {
  if (key == "birth-date") {
    settings.birth_date = parse_iso(value);
  } else if (key == "birth-type") {
    settings.birth_type = value == "caesarean" ? BirthType::caesarean : BirthType::vaginal;
  } else if (key == "cleared-for-exercise") {
    settings.cleared_for_exercise = value == "yes";
  } else if (key == "day-starts") {
    settings.day_starts_minutes = parse_clock_time(value).value_or(4 * 60);
  } else if (key == "week-start") {
    settings.week_start = value == "sunday" ? WeekStart::sunday : WeekStart::monday;
  } else if (key == "morning") {
    settings.morning_minutes = parse_clock_time(value).value_or(settings.morning_minutes);
  } else if (key == "evening") {
    settings.evening_minutes = parse_clock_time(value).value_or(settings.evening_minutes);
  } else if (key == "anaesthesia") {
    settings.anaesthesia = value == "epidural" ? Anaesthesia::epidural
                           : value == "spinal" ? Anaesthesia::spinal
                           : value == "general" ? Anaesthesia::general
                                                : Anaesthesia::none;
  }
}

}  // namespace backcare::domain

#include "domain/settings.hpp"

#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/text.hpp"

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

const std::array<SettingSpec, 5>& setting_specs() {
  static const std::array<SettingSpec, 5> specs{{
      {"birth-date", "a date YYYY-MM-DD, not in the future", "the day your baby was born"},
      {"birth-type", "vaginal or caesarean", "how your baby was born; exercises wait longer after a caesarean"},
      {"cleared-for-exercise", "yes or no", "whether a midwife, doctor or physio has cleared you to exercise"},
      {"day-starts", "a time HH:MM from 00:00 to 12:00 (default 04:00)",
       "entries logged before this time count for the day before (night feeds)", "04:00"},
      {"week-start", "monday or sunday (default monday)", "the first day of a week in reports", "monday"},
  }};
  return specs;
}

const SettingSpec& find_setting(std::string_view key) {
  for (const auto& spec : setting_specs()) {
    if (spec.key == key) return spec;
  }
  throw UserError("no setting '" + quote_for_message(key) +
                  "': accepted birth-date, birth-type, cleared-for-exercise, day-starts, week-start");
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
  const auto minutes = parse_clock_time(value);
  if (!minutes || *minutes > 12 * 60) {
    throw UserError("invalid day-starts '" + quote_for_message(value) + "': accepted " + std::string(spec.accepted));
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
  }
}

}  // namespace backcare::domain

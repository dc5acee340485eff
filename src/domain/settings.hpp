#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "domain/day.hpp"

namespace backcare::domain {

/// How the baby was born: exercises wait longer after a caesarean.
enum class BirthType { vaginal, caesarean };
/// The first day of a week for `week`, `trend` and the report.
enum class WeekStart { monday, sunday };
/// The anaesthetic at the birth, if any: the red flags read new leg numbness or weakness differently
/// after an epidural or spinal (clinical notes section 6.2).
enum class Anaesthesia { epidural, spinal, general, none };

/// The user's settings, parsed. Unset values are nullopt; day-starts and week-start have defaults.
struct Settings {
  std::optional<Day> birth_date;
  std::optional<BirthType> birth_type;
  std::optional<bool> cleared_for_exercise;
  int day_starts_minutes = 4 * 60;
  WeekStart week_start = WeekStart::monday;
  int morning_minutes = 8 * 60;   ///< when `plan`'s morning reminders ring
  int evening_minutes = 21 * 60;  ///< when its evening (before bed) reminders ring
  std::optional<Anaesthesia> anaesthesia;  ///< unset: the rules assume an epidural or spinal
};

/// One setting the user can change.
struct SettingSpec {
  std::string_view key;
  std::string_view accepted;  ///< what is accepted, for messages and help
  std::string_view meaning;
  std::string_view default_value = {};  ///< what applies while it is unset; empty: nothing does
};

/// Every setting, in the order `config` lists them.
const std::array<SettingSpec, 8>& setting_specs();
/// Every key, comma-separated in `config`'s order: for help and messages.
std::string setting_keys();
/// The spec for `key`; UserError naming the keys when there is none.
const SettingSpec& find_setting(std::string_view key);
/// Checks and normalises a value for `key` (e.g. "Yes" -> "yes"); UserError saying what is accepted.
/// `today` bounds birth-date.
std::string normalise_setting(std::string_view key, std::string_view value, Day today);
/// Applies a stored, already valid key/value to `settings`.
void apply_setting(Settings& settings, std::string_view key, std::string_view value);

}  // namespace backcare::domain

#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "domain/day.hpp"

namespace backcare::domain {

inline constexpr std::size_t kMaxNoteLength = 1000;

/// A pain level: a whole number 0–10 written plainly ("6", or "6/10"; not "6.5", "06" or "six").
int parse_level(std::string_view text);
/// YYYY-MM-DD, "today", "yesterday" or a weekday name (its most recent day, today included).
/// Refuses impossible and future days. `what` names the option in messages.
Day parse_day_argument(std::string_view text, Day today, std::string_view what);
/// The same after midnight and before day-starts, when the diary day (`diary_today`) is still the
/// evening's: today and yesterday count from the diary day, a weekday name is the latest such day up to
/// the calendar date of now, and an ISO date up to the calendar date is accepted as typed.
Day parse_day_argument(std::string_view text, Day diary_today, Day calendar_today, std::string_view what);
/// How far back a day typed for a new or moved entry may be: a year typed wrong (1900 for 2026) would
/// otherwise fill every trend and report with empty weeks. Older days come in by import.
inline constexpr int kMaxDaysBack = 366;
/// The --date of an entry: as parse_day_argument, and at most kMaxDaysBack days before `diary_today`.
Day parse_entry_day(std::string_view text, Day diary_today, Day calendar_today);
/// A whole number in [min, max] for option `what`.
int parse_count(std::string_view text, int min, int max, std::string_view what);
/// Minutes past midnight of "HH:MM", or nullopt.
std::optional<int> parse_clock_time(std::string_view text);
/// Checks a note: valid UTF-8, at most kMaxNoteLength characters. Control characters are kept
/// (and escaped on output).
void check_note(std::string_view note);
/// True when `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);
/// A bad value made safe to echo in a one-line error: control bytes and invalid UTF-8 escaped,
/// long values cut.
std::string quote_for_message(std::string_view text);

/// 1 to 40 lower-case letters, digits and dashes, starting with a letter.
bool is_routine_slug(std::string_view slug);
/// UTF-8 text of `min` to `max` characters that a terminal shows as it is (no C0, C1 or bidirectional
/// control): a name or a dose.
bool is_plain_line(std::string_view text, std::size_t min, std::size_t max);
/// massage, exercise, heat or other.
bool is_routine_kind(std::string_view kind);

}  // namespace backcare::domain

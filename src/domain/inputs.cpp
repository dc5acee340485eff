#include "domain/inputs.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "domain/text.hpp"

namespace backcare::domain {
namespace {

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

/// Most recent day (today included) that falls on the named weekday, if `name` is one.
std::optional<Day> weekday_day(const std::string& name, Day today) {
  static constexpr std::array<const char*, 7> kNames = {"sunday", "monday", "tuesday", "wednesday",
                                                        "thursday", "friday", "saturday"};
  for (unsigned index = 0; index < kNames.size(); ++index) {
    const std::string full = kNames[index];
    if (name == full || name == full.substr(0, 3)) {
      return today - (date::weekday{today} - date::weekday{index});
    }
  }
  return std::nullopt;
}

}  // namespace

std::string quote_for_message(std::string_view text) {
  constexpr std::size_t kShown = 40;
  std::string shown = escape_for_terminal(text);
  if (shown.size() > kShown) {
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
    shown = shown.substr(0, cut) + "...";
  }
  return shown;
}

int parse_level(std::string_view typed) {
  // "7/10" is how people write a score on this scale: it means 7.
  std::string_view text = typed;
  if (text.ends_with("/10") && text.size() > 3) text.remove_suffix(3);
  const bool plain = text == "10" || (text.size() == 1 && text[0] >= '0' && text[0] <= '9');
  if (!plain) {
    throw UserError("invalid pain level '" + quote_for_message(typed) +
                    "': accepted a whole number from 0 (no pain) to 10 (worst pain you can imagine), as 7 or 7/10");
  }
  return std::stoi(std::string(text));
}

Day parse_day_argument(std::string_view text, Day today, std::string_view what) {
  return parse_day_argument(text, today, today, what);
}

Day parse_day_argument(std::string_view text, Day diary_today, Day calendar_today, std::string_view what) {
  const std::string name = lower(text);
  const Day today = std::max(diary_today, calendar_today);
  std::optional<Day> day;
  if (name == "today") day = diary_today;
  else if (name == "yesterday") day = diary_today - date::days{1};
  else if (auto weekday = weekday_day(name, calendar_today)) day = weekday;
  else day = parse_iso(text);
  const std::string label = std::string(what) + " '" + quote_for_message(text) + "'";
  if (!day) {
    throw UserError("invalid " + label +
                    ": accepted YYYY-MM-DD (a real day), today, yesterday or a weekday name such as monday");
  }
  if (*day > today) {
    throw UserError(label + " is in the future: accepted a day up to today, " + format_iso(today));
  }
  return *day;
}

Day parse_entry_day(std::string_view text, Day diary_today, Day calendar_today) {
  const Day day = parse_day_argument(text, diary_today, calendar_today, "--date");
  const Day earliest = diary_today - date::days{kMaxDaysBack};
  if (day < earliest) {
    throw UserError("--date '" + quote_for_message(text) + "' is more than a year back: accepted a day from " +
                    format_iso(earliest) + " to today; older entries come in by 'backcare import'");
  }
  return day;
}

int parse_count(std::string_view text, int min, int max, std::string_view what) {
  int value = 0;
  const bool digits = all_digits(text) && text.size() <= 9;
  if (digits) std::from_chars(text.data(), text.data() + text.size(), value);
  if (!digits || value < min || value > max) {
    throw UserError("invalid " + std::string(what) + " '" + quote_for_message(text) + "': accepted a whole number from " +
                    std::to_string(min) + " to " + std::to_string(max));
  }
  return value;
}

std::optional<int> parse_clock_time(std::string_view text) {
  if (text.size() != 5 || text[2] != ':' || !all_digits(text.substr(0, 2)) || !all_digits(text.substr(3))) {
    return std::nullopt;
  }
  const int hours = std::stoi(std::string(text.substr(0, 2)));
  const int minutes = std::stoi(std::string(text.substr(3)));
  if (hours > 23 || minutes > 59) return std::nullopt;
  return hours * 60 + minutes;
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

void check_note(std::string_view note) {
  if (!is_valid_utf8(note)) {
    throw UserError("invalid note '" + quote_for_message(note) + "': it is not UTF-8 text; accepted UTF-8 text");
  }
  if (utf8_length(note) > kMaxNoteLength) {
    throw UserError("note of " + std::to_string(utf8_length(note)) + " characters is too long: accepted up to " +
                    std::to_string(kMaxNoteLength) + " characters");
  }
}

bool is_routine_slug(std::string_view slug) {
  return !slug.empty() && slug.size() <= 40 && slug[0] >= 'a' && slug[0] <= 'z' &&
         slug.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string_view::npos;
}

bool is_plain_line(std::string_view text, std::size_t min, std::size_t max) {
  // Plain is what a terminal shows as it is: no control, C1 or bidirectional control, no stray byte.
  const bool plain = escape_for_terminal(text) == text;
  return plain && utf8_length(text) >= min && utf8_length(text) <= max;
}

bool is_routine_kind(std::string_view kind) {
  return kind == "massage" || kind == "exercise" || kind == "heat" || kind == "other";
}

}  // namespace backcare::domain

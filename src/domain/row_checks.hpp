#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/day.hpp"
#include "domain/entry_rows.hpp"
#include "domain/routine.hpp"

namespace backcare::domain {

/// One thing wrong in an import file, ready to print as `where: field: why`: where is "line 4",
/// "entry 2", "routine 1" or "settings"; empty for the file as a whole.
struct Problem {
  std::string where;
  std::string field;
  std::string why;
};

/// Appends what is wrong with `row` to `problems`. Values must be in the form export writes them (a
/// level "6", not "06"); a done row's routine must be one of `known_slugs`.
void check_entry(const EntryRow& row, const std::string& where, const std::set<std::string>& known_slugs,
                 std::vector<Problem>& problems);
/// Appends what is wrong with a row's day against the clock, as the command line refuses it: a day after
/// `today`, or more than one day after the UTC date of its logged_at (an entry cannot count for a day that
/// had not begun anywhere when it was typed). Rows whose date or logged_at do not parse are left to
/// check_entry.
void check_entry_day(const EntryRow& row, const std::string& where, Day today, std::vector<Problem>& problems);
/// Appends what is wrong with a user routine from a file: slug, name, kind and dose as `routine add` checks them.
void check_routine(const Routine& routine, const std::string& where, std::vector<Problem>& problems);
/// A setting from a file in its stored form, or nullopt with the reason appended to `problems`.
std::optional<std::string> check_setting(const std::string& key, const std::string& value, Day today,
                                         std::vector<Problem>& problems);

/// 1 to 40 lower-case letters, digits and dashes, starting with a letter.
bool is_routine_slug(std::string_view slug);
/// UTF-8 text of `min` to `max` characters that a terminal shows as it is (no C0, C1 or bidirectional
/// control): a name or a dose.
bool is_plain_line(std::string_view text, std::size_t min, std::size_t max);
/// massage, exercise, heat or other.
bool is_routine_kind(std::string_view kind);

/// The refusal of a file with problems: a line naming the file and how many problems it has, then one
/// line per problem in file order (the first 20), then "and N more".
std::string problems_message(std::string_view file, std::vector<Problem> problems);

}  // namespace backcare::domain

#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/day.hpp"
#include "domain/entry_rows.hpp"
#include "domain/problem_list.hpp"
#include "domain/routine.hpp"

namespace backcare::domain {

/// Appends what is wrong with `row` to `problems`. Values must be in the form export writes them (a
/// level "6", not "06"); a done row's routine must be one of `known_slugs`.
void check_entry(const EntryRow& row, const std::string& where, const std::set<std::string>& known_slugs,
                 std::vector<Problem>& problems);
/// The same but for the done row's routine, left to the caller: a streaming import meets a routine of the
/// file only after the rows that name it (the JSON export writes entries first). `slug_at` is where in
/// `problems` check_entry would have put the problem of an unknown routine.
void check_entry_but_slug(const EntryRow& row, const std::string& where, std::vector<Problem>& problems,
                          std::size_t& slug_at);
/// The problem of a done row at `where` naming `slug`, which is neither the diary's nor the file's.
Problem unknown_routine(const std::string& where, const std::string& slug);
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

}  // namespace backcare::domain

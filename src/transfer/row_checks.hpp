#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/day.hpp"
#include "domain/entry_rows.hpp"
#include "domain/place.hpp"
#include "domain/routine.hpp"
#include "transfer/problem_list.hpp"

namespace backcare::transfer {

using domain::EntryPlaceKinds;

/// Appends what is wrong with `row` to `problems`. Values must be in the form export writes them (a
/// level "6", not "06"; "sacroiliac:left", not "Sacroiliac:LEFT"); a done row's routine must be one of
/// `known_slugs`, a pain row's regions and a sign row's sign of `kinds`.
void check_entry(const domain::EntryRow& row, const std::string& where,
                 const std::set<std::string>& known_slugs, const EntryPlaceKinds& kinds,
                 std::vector<domain::Problem>& problems);
/// The same but for the done row's routine, left to the caller: a streaming import meets a routine of the
/// file only after the rows that name it (the JSON export writes entries first). `slug_at` is where in
/// `problems` check_entry would have put the problem of an unknown routine.
void check_entry_but_slug(const domain::EntryRow& row, const std::string& where, const EntryPlaceKinds& kinds,
                          std::vector<domain::Problem>& problems, std::size_t& slug_at);
/// The problem of a done row at `where` naming `slug`, which is neither the diary's nor the file's.
domain::Problem unknown_routine(const std::string& where, const std::string& slug);
/// The first day an import takes (1970-01-01): older days are a year typed wrong.
inline constexpr domain::Day kFirstImportedDay{date::year{1970} / 1 / 1};

/// Appends what is wrong with a row's day against the clock, as the command line refuses it: a day
/// before kFirstImportedDay or after `today`, or more than one day after the UTC date of its logged_at (an entry cannot count for a day that
/// had not begun anywhere when it was typed). Rows whose date or logged_at do not parse are left to
/// check_entry.
void check_entry_day(const domain::EntryRow& row, const std::string& where, domain::Day today,
                     std::vector<domain::Problem>& problems);
/// Appends what is wrong with a user routine from a file: slug, name, kind and dose as `routine add` checks them.
void check_routine(const domain::Routine& routine, const std::string& where,
                   std::vector<domain::Problem>& problems);
/// Appends what is wrong with a version from a file (a setting's): none, or a stamp and a device as
/// export writes them.
void check_version(const domain::Version& version, const std::string& where, std::vector<domain::Problem>& problems);
/// Appends what is wrong with a tombstone from a file: its kind, its key for that kind, its version.
void check_tombstone(const domain::Tombstone& tombstone, const std::string& where,
                     std::vector<domain::Problem>& problems);
/// A setting from a file in its stored form, or nullopt with the reason appended to `problems`.
std::optional<std::string> check_setting(const std::string& key, const std::string& value, domain::Day today,
                                         std::vector<domain::Problem>& problems);

}  // namespace backcare::transfer

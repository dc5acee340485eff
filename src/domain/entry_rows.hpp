#pragma once
#include <array>
#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/day.hpp"
#include "domain/entries.hpp"
#include "domain/version.hpp"
#include "domain/zone.hpp"

namespace backcare::domain {

/// One diary entry as export files carry it, in the CSV header's order: text, "" where a field does not
/// apply.
struct EntryRow {
  std::string kind;  ///< pain, done, sign or tag
  std::string date;
  /// The clock time: HH:MM, "" for none (back-filled without one), nullopt when the file is of format 1,
  /// which carried none (import then derives it from logged_at).
  std::optional<std::string> time;
  std::string logged_at;
  std::string routine;
  std::string level;
  std::string reps;
  std::string minutes;
  std::string note;
  std::string where;  ///< a pain entry's regions, space-separated "slug[:side]" (issue 27)
  std::string sign;   ///< a sign's "slug[:side]"
  /// A pain entry's or a routine done's tags, space-separated; a day's tag's slug (issue 29)
  std::string tags;
  /// Its lasting identity (JSON format 4, issue 28): "" in a CSV or an older file, and for a new row.
  Identity identity;

  friend auto operator<=>(const EntryRow&, const EntryRow&) = default;
};

/// The CSV header's field names, in order.
inline constexpr std::array<std::string_view, 12> kEntryFields = {"kind",  "date", "time",    "logged_at",
                                                                 "routine", "level", "reps", "minutes",
                                                                 "note",  "where", "sign", "tags"};
/// The header of format 3 (before issue 29), without tags: still read.
inline constexpr std::array<std::string_view, 11> kEntryFieldsFormat3 = {"kind",  "date", "time",    "logged_at",
                                                                        "routine", "level", "reps", "minutes",
                                                                        "note",  "where", "sign"};
/// The header of format 2 (before issue 27), without where and sign: still read.
inline constexpr std::array<std::string_view, 9> kEntryFieldsFormat2 = {"kind", "date",  "time", "logged_at", "routine",
                                                                       "level", "reps", "minutes", "note"};
/// The header of format 1 (before 0.2), without the clock time: still read.
inline constexpr std::array<std::string_view, 8> kEntryFieldsFormat1 = {"kind",  "date", "logged_at", "routine",
                                                                       "level", "reps", "minutes",   "note"};

/// The entry as export files carry it; export reads every entry this way, so import compares like with like.
EntryRow row_of(const PainEntry& entry);
EntryRow row_of(const Completion& done);
EntryRow row_of(const SignEntry& sign);
EntryRow row_of(const DayTag& tag);
/// The row's fields in kEntryFields order.
std::vector<std::string> fields_of(const EntryRow& row);

/// Export order: by day and moment logged, then every other field, then the UUID, so that it depends on
/// the content alone and an export of an imported export is byte for byte the same.
bool export_order(const EntryRow& a, const EntryRow& b);

/// Strict 2026-11-24T21:05:00Z (a real day and time); nullopt otherwise.
std::optional<date::sys_seconds> parse_utc_text(std::string_view text);
/// The local wall-clock HH:MM of `utc` in `zone`, with the offset in force at that instant.
std::string local_time_of(date::sys_seconds utc, const Zone& zone);

/// Gives each row of format 1 the clock time its logged_at had in `zone`, as import does.
void fill_times(std::vector<EntryRow>& rows, const Zone& zone);

/// A checked row (see check_entry) as the pain entry, completion or sign it describes; a row of format 1
/// gets its local time from logged_at.
PainEntry pain_of(const EntryRow& row, const Zone& zone);
Completion done_of(const EntryRow& row, const Zone& zone);
SignEntry sign_of(const EntryRow& row, const Zone& zone);
DayTag day_tag_of(const EntryRow& row, const Zone& zone);

}  // namespace backcare::domain

#include "transfer/row_checks.hpp"

#include <algorithm>
#include <utility>

#include "domain/entry_id.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/settings.hpp"
#include "domain/tags.hpp"
#include "domain/terminal_text.hpp"

namespace backcare::transfer {

using domain::Day;
using domain::EntryRow;
using domain::Problem;
using domain::Routine;
using domain::format_iso;
using domain::is_plain_line;
using domain::is_routine_kind;
using domain::is_routine_slug;
using domain::is_valid_utf8;
using domain::kMaxNoteLength;
using domain::normalise_setting;
using domain::parse_clock_time;
using domain::parse_iso;
using domain::parse_utc_text;
using domain::quote_for_message;
using domain::utf8_length;

namespace {

/// Checks one field, appending `accepted` when it fails; a small struct so each check is one line.
struct RowChecker {
  const std::string& where;
  std::vector<Problem>& problems;

  // Views, not strings: made for every field of every row read, and a message only for a bad one.
  void require(bool good, const char* field, std::string_view value, std::string_view accepted) {
    if (good) return;
    const std::string shown = value.empty() ? "empty" : "invalid '" + quote_for_message(value) + "'";
    problems.push_back({where, field, shown + ": accepted " + std::string(accepted)});
  }
};

/// Digits only, no leading zero, within [min, max]: the form export writes.
bool whole_number(const std::string& text, int min, int max) {
  const bool digits = !text.empty() && text.size() <= 4 && (text == "0" || text[0] != '0') &&
                      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digits && std::stoi(text) >= min && std::stoi(text) <= max;
}

void check_note_field(const EntryRow& row, RowChecker& check) {
  check.require(is_valid_utf8(row.note), "note", row.note, "UTF-8 text");
  if (!is_valid_utf8(row.note)) return;
  // A NUL would cut the note short in C strings downstream; no tool of ours writes one.
  check.require(row.note.find('\0') == std::string::npos, "note", row.note, "text without NUL characters");
  if (utf8_length(row.note) > kMaxNoteLength) {
    check.problems.push_back({check.where, "note", std::to_string(utf8_length(row.note)) +
                                                       " characters: accepted up to 1000 characters"});
  }
}

/// The slug is checked against `known_slugs`, or, when that is null, left to the caller at `slug_at`.
void check_done_fields(const EntryRow& row, const std::set<std::string>* known_slugs, RowChecker& check,
                       std::size_t& slug_at) {
  check.require(!row.routine.empty(), "routine", row.routine, "a routine slug for a done entry");
  slug_at = check.problems.size();
  if (known_slugs && !row.routine.empty() && !known_slugs->contains(row.routine)) {
    check.problems.push_back(unknown_routine(check.where, row.routine));
  }
  check.require(row.level.empty(), "level", row.level, "empty for a done entry");
  check.require(row.reps.empty() || whole_number(row.reps, 1, 1000), "reps", row.reps,
                "empty or a whole number from 1 to 1000");
  check.require(row.minutes.empty() || whole_number(row.minutes, 1, 600), "minutes", row.minutes,
                "empty or a whole number from 1 to 600");
}

/// A place field (`where`, `sign`) as parse_place_list reads it against `kinds`, and written as export
/// writes it (`written`: how that is), so that what is stored is what an export gives back. The parser's
/// message names the bad value.
void check_place_field(const std::string& text, const std::vector<domain::PlaceKind>& kinds, const char* field,
                       const char* what, const char* written, RowChecker& check) {
  // The parser's own word for stray spaces does not quote the value; this does.
  const bool spaced = text.front() != ' ' && text.back() != ' ' && text.find("  ") == std::string::npos;
  check.require(spaced, field, text, written);
  if (!spaced) return;
  try {
    const auto places = domain::parse_place_list(text, kinds, what);
    check.require(domain::format_places(places) == text, field, text, written);
  } catch (const UserError& error) {
    check.problems.push_back({check.where, field, error.what()});
  }
}

void check_pain_fields(const EntryRow& row, const EntryPlaceKinds& kinds, RowChecker& check) {
  check.require(row.routine.empty(), "routine", row.routine, "empty for a pain entry");
  check.require(whole_number(row.level, 0, 10), "level", row.level, "a whole number from 0 to 10");
  check.require(row.reps.empty(), "reps", row.reps, "empty for a pain entry");
  check.require(row.minutes.empty(), "minutes", row.minutes, "empty for a pain entry");
  if (!row.where.empty()) {
    check_place_field(row.where, kinds.regions, "where", "region",
                      "regions in lower case, as slug or slug:side, one space between each two", check);
  }
  check.require(row.sign.empty(), "sign", row.sign, "empty for a pain entry");
}

void check_sign_fields(const EntryRow& row, const EntryPlaceKinds& kinds, RowChecker& check) {
  check.require(row.routine.empty(), "routine", row.routine, "empty for a sign entry");
  check.require(row.level.empty(), "level", row.level, "empty for a sign entry");
  check.require(row.reps.empty(), "reps", row.reps, "empty for a sign entry");
  check.require(row.minutes.empty(), "minutes", row.minutes, "empty for a sign entry");
  check.require(row.where.empty(), "where", row.where, "empty for a sign entry");
  // One sign a row: a list of one, so a space is refused as a second place would be.
  const bool one = !row.sign.empty() && row.sign.find(' ') == std::string::npos;
  check.require(one, "sign", row.sign, "one sign for a sign entry, as slug or slug:side");
  if (one) check_place_field(row.sign, kinds.signs, "sign", "sign", "a sign in lower case, as slug or slug:side", check);
}

/// An entry's tags as export writes them: tags (a-z, 0-9, '-', 1 to 24 characters), one space between
/// each two, none twice, at most ten. A tag the diary does not know is made by the import (issue 29).
void check_tags_field(const EntryRow& row, RowChecker& check) {
  if (row.tags.empty()) return;
  std::string problem;
  domain::read_tag_list(row.tags, &problem);
  if (!problem.empty()) check.problems.push_back({check.where, "tags", problem});
}

/// A day's tag: one tag in `tags`, and none of the other kinds' fields.
void check_day_tag_fields(const EntryRow& row, RowChecker& check) {
  for (const auto& [field, value] : {std::pair{"routine", &row.routine}, {"level", &row.level}, {"reps", &row.reps},
                                     {"minutes", &row.minutes}, {"note", &row.note}, {"where", &row.where},
                                     {"sign", &row.sign}}) {
    check.require(value->empty(), field, *value, "empty for a tag entry");
  }
  check.require(domain::is_tag(row.tags), "tags", row.tags,
                "one tag for a tag entry: a-z, 0-9 and '-', 1 to 24 characters (as poor-sleep)");
}

/// A version as export writes it: both parts, or neither (a file that gives none).
void check_version_fields(const domain::Version& version, RowChecker& check) {
  if (version.stamp.empty() && version.device.empty()) return;
  check.require(domain::parse_stamp(version.stamp).has_value(), "stamp", version.stamp,
                "a stamp of 13 digits, a dash and 4 digits (1764158400000-0000)");
  check.require(domain::is_device(version.device), "device", version.device, "1 to 32 lower-case hex digits");
}

/// A row's identity: none at all, or a UUID with its version.
void check_identity_fields(const domain::Identity& identity, RowChecker& check) {
  const bool none = identity.uuid.empty() && identity.version.stamp.empty() && identity.version.device.empty();
  if (none) return;
  check.require(domain::is_uuid(identity.uuid), "uuid", identity.uuid, "a UUID in lower case (8-4-4-4-12 hex digits)");
  check.require(!identity.version.stamp.empty() || !identity.version.device.empty(), "stamp", "",
                "a stamp and a device with every uuid");
  check_version_fields(identity.version, check);
}

/// The checks of check_entry; the slug's too unless `known_slugs` is null.
void check_row(const EntryRow& row, const std::string& where, const std::set<std::string>* known_slugs,
               const EntryPlaceKinds& kinds, std::vector<Problem>& problems, std::size_t& slug_at) {
  RowChecker check{where, problems};
  check.require(domain::entry_kind_of(row.kind).has_value(), "kind", row.kind, "pain, done, sign or tag");
  check.require(parse_iso(row.date).has_value(), "date", row.date, "a real day YYYY-MM-DD");
  if (row.time && !row.time->empty()) {
    check.require(parse_clock_time(*row.time).has_value(), "time", *row.time, "empty or a clock time HH:MM");
  }
  check.require(parse_utc_text(row.logged_at).has_value(), "logged_at", row.logged_at,
                "a UTC time YYYY-MM-DDTHH:MM:SSZ");
  if (row.kind == "pain") check_pain_fields(row, kinds, check);
  if (row.kind == "done") {
    check_done_fields(row, known_slugs, check, slug_at);
    check.require(row.where.empty(), "where", row.where, "empty for a done entry");
    check.require(row.sign.empty(), "sign", row.sign, "empty for a done entry");
  }
  if (row.kind == "sign") {
    check_sign_fields(row, kinds, check);
    check.require(row.tags.empty(), "tags", row.tags, "empty for a sign entry");
  }
  if (row.kind == "pain" || row.kind == "done") check_tags_field(row, check);
  if (row.kind == "tag") check_day_tag_fields(row, check);
  check_note_field(row, check);
  check_identity_fields(row.identity, check);
}

}  // namespace

Problem unknown_routine(const std::string& where, const std::string& slug) {
  return {where, "routine",
          "no routine '" + quote_for_message(slug) + "' in the diary or the file: accepted a known routine slug"};
}

void check_entry(const EntryRow& row, const std::string& where, const std::set<std::string>& known_slugs,
                 const EntryPlaceKinds& kinds, std::vector<Problem>& problems) {
  std::size_t slug_at = 0;
  check_row(row, where, &known_slugs, kinds, problems, slug_at);
}

void check_entry_but_slug(const EntryRow& row, const std::string& where, const EntryPlaceKinds& kinds,
                          std::vector<Problem>& problems, std::size_t& slug_at) {
  slug_at = problems.size();
  check_row(row, where, nullptr, kinds, problems, slug_at);
}

void check_entry_day(const EntryRow& row, const std::string& where, Day today, std::vector<Problem>& problems) {
  const auto day = parse_iso(row.date);
  const auto logged = parse_utc_text(row.logged_at);
  if (!day || !logged) return;
  // Older days come in by import, but not before 1970: a day typed as 1900 for 2026 would fill every
  // report with empty weeks, and no diary of hers is that old.
  if (*day < kFirstImportedDay) {
    const int year{date::year_month_day{kFirstImportedDay}.year()};
    problems.push_back({where, "date", "'" + row.date + "' is before " + std::to_string(year) +
                                           ": accepted a day from " + format_iso(kFirstImportedDay) + " up to today"});
    return;
  }
  if (*day > today) {
    problems.push_back({where, "date", "'" + row.date + "' is in the future: accepted a day up to today, " +
                                           format_iso(today)});
    return;
  }
  const Day latest = Day{date::floor<date::days>(*logged).time_since_epoch()} + date::days{1};
  if (*day > latest) {
    problems.push_back({where, "date", "'" + row.date + "' is more than a day after its logged_at " + row.logged_at +
                                           ": accepted a day up to " + format_iso(latest)});
  }
}

void check_routine(const Routine& routine, const std::string& where, std::vector<Problem>& problems) {
  RowChecker check{where, problems};
  check.require(is_routine_slug(routine.slug), "slug", routine.slug,
                "1 to 40 lower-case letters, digits and dashes, starting with a letter");
  check.require(is_plain_line(routine.name, 1, 80), "name", routine.name, "1 to 80 characters of plain text on one line");
  check.require(is_routine_kind(routine.kind), "kind", routine.kind, "massage, exercise, heat or other");
  check.require(is_plain_line(routine.dose, 0, 80), "dose", routine.dose,
                "0 to 80 characters of plain text on one line");
  check_version_fields(routine.version, check);
}

void check_version(const domain::Version& version, const std::string& where, std::vector<Problem>& problems) {
  RowChecker check{where, problems};
  check_version_fields(version, check);
}

void check_tombstone(const domain::Tombstone& tombstone, const std::string& where, std::vector<Problem>& problems) {
  RowChecker check{where, problems};
  const auto& kind = tombstone.kind;
  const bool entry = domain::entry_kind_of(kind).has_value();
  check.require(entry || kind == "routine" || kind == "setting", "kind", kind, "pain, done, sign, tag, routine or setting");
  if (entry) {
    check.require(domain::is_uuid(tombstone.key), "uuid", tombstone.key, "a UUID in lower case (8-4-4-4-12 hex digits)");
  } else if (kind == "routine") {
    check.require(is_routine_slug(tombstone.key), "slug", tombstone.key,
                  "1 to 40 lower-case letters, digits and dashes, starting with a letter");
  } else if (kind == "setting") {
    const auto& specs = domain::setting_specs();
    const bool known = std::any_of(specs.begin(), specs.end(), [&](const auto& spec) { return spec.key == tombstone.key; });
    check.require(known, "key", tombstone.key, domain::setting_keys());
  }
  check.require(!tombstone.version.stamp.empty(), "stamp", "", "a stamp and a device with every tombstone");
  check_version_fields(tombstone.version, check);
}

std::optional<std::string> check_setting(const std::string& key, const std::string& value, Day today,
                                         std::vector<Problem>& problems) {
  try {
    return normalise_setting(key, value, today);
  } catch (const UserError& error) {
    problems.push_back({"settings", quote_for_message(key), error.what()});
    return std::nullopt;
  }
}

}  // namespace backcare::transfer

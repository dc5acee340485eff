#include "domain/entry_rows.hpp"

#include <tuple>

#include "domain/tags.hpp"

namespace backcare::domain {
namespace {

std::string text_of(const std::optional<int>& value) { return value ? std::to_string(*value) : std::string{}; }

std::optional<int> optional_of(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<int>(std::stoi(text));
}

/// Two ASCII digits at text[at] as a number, or -1.
int two_digits(std::string_view text, std::size_t at) {
  const char a = text[at], b = text[at + 1];
  if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
  return (a - '0') * 10 + (b - '0');
}

}  // namespace

EntryRow row_of(const PainEntry& entry) {
  return {"pain", format_iso(entry.day), entry.time, entry.logged_at, "", std::to_string(entry.level), "", "",
          entry.note, format_places(entry.regions), "", format_tags(entry.tags), {}};
}

EntryRow row_of(const Completion& done) {
  return {"done", format_iso(done.day), done.time, done.logged_at, done.slug, "", text_of(done.reps),
          text_of(done.minutes), done.note, "", "", format_tags(done.tags), {}};
}

EntryRow row_of(const SignEntry& sign) {
  return {"sign", format_iso(sign.day), sign.time, sign.logged_at, "", "", "", "", sign.note, "",
          format_place(sign.sign), "", {}};
}

EntryRow row_of(const DayTag& tag) {
  return {"tag", format_iso(tag.day), tag.time, tag.logged_at, "", "", "", "", "", "", "", tag.slug, {}};
}

std::vector<std::string> fields_of(const EntryRow& row) {
  return {row.kind, row.date, row.time.value_or(""), row.logged_at, row.routine, row.level, row.reps, row.minutes,
          row.note, row.where, row.sign, row.tags};
}

bool export_order(const EntryRow& a, const EntryRow& b) {
  return std::tie(a.date, a.logged_at, a.kind, a.routine, a.level, a.reps, a.minutes, a.note, a.where, a.sign,
                  a.tags, a.time, a.identity.uuid) <
         std::tie(b.date, b.logged_at, b.kind, b.routine, b.level, b.reps, b.minutes, b.note, b.where, b.sign,
                  b.tags, b.time, b.identity.uuid);
}

void fill_times(std::vector<EntryRow>& rows, const Zone& zone) {
  for (auto& row : rows) {
    if (row.time) continue;
    const auto utc = parse_utc_text(row.logged_at);
    row.time = utc ? local_time_of(*utc, zone) : std::string{};
  }
}

std::optional<date::sys_seconds> parse_utc_text(std::string_view text) {
  if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z') {
    return std::nullopt;
  }
  const auto day = parse_iso(text.substr(0, 10));
  const int hours = two_digits(text, 11), minutes = two_digits(text, 14), seconds = two_digits(text, 17);
  if (!day || hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
    return std::nullopt;
  }
  return date::sys_seconds{*day} + std::chrono::hours{hours} + std::chrono::minutes{minutes} +
         std::chrono::seconds{seconds};
}

std::string local_time_of(date::sys_seconds utc, const Zone& zone) { return local_time_text(Now{zone.to_local(utc), utc}); }

namespace {

/// The row's clock time, or for a row of format 1 its logged_at's in `zone`: worked out only then, as
/// the zone's offset costs a conversion a row.
std::string time_of(const EntryRow& row, const Zone& zone) {
  if (row.time) return *row.time;
  return local_time_of(parse_utc_text(row.logged_at).value_or(date::sys_seconds{}), zone);
}

}  // namespace

PainEntry pain_of(const EntryRow& row, const Zone& zone) {
  return {0, parse_iso(row.date).value_or(Day{}), time_of(row, zone), row.logged_at,
          std::stoi(row.level),
          row.note, read_place_list(row.where), read_tag_list(row.tags, nullptr)};
}

DayTag day_tag_of(const EntryRow& row, const Zone& zone) {
  return {0, parse_iso(row.date).value_or(Day{}), time_of(row, zone), row.logged_at, row.tags};
}

SignEntry sign_of(const EntryRow& row, const Zone& zone) {
  auto places = read_place_list(row.sign);
  return {0, parse_iso(row.date).value_or(Day{}), time_of(row, zone), row.logged_at,
          places.empty() ? Place{} : std::move(places.front()), row.note};
}

Completion done_of(const EntryRow& row, const Zone& zone) {
  return {0, parse_iso(row.date).value_or(Day{}), time_of(row, zone), row.logged_at,
          row.routine,
          optional_of(row.reps), optional_of(row.minutes), row.note, read_tag_list(row.tags, nullptr)};
}

}  // namespace backcare::domain

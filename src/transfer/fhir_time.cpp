#include <fmt/format.h>

#include "domain/day.hpp"
#include "transfer/fhir_bundle.hpp"

namespace backcare::transfer {
namespace {

/// "+01:00", "-05:00", "+00:00": FHIR wants the offset, and a reader of "Z" could not tell a UTC zone
/// from one that was not known.
std::string offset_text(std::chrono::seconds offset) {
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(offset).count();
  const auto size = minutes < 0 ? -minutes : minutes;
  return fmt::format("{}{:02}:{:02}", minutes < 0 ? '-' : '+', size / 60, size % 60);
}

/// The local time of `utc` in `zone` with its offset, to the second.
std::string local_with_offset(date::sys_seconds utc, const domain::Zone& zone) {
  const auto offset = zone.offset_at(utc);
  const auto local = date::sys_seconds{utc.time_since_epoch() + offset};
  return date::format("%FT%T", local) + offset_text(offset);
}

}  // namespace

std::string fhir_instant(date::sys_seconds utc, const domain::Zone& zone) { return local_with_offset(utc, zone); }

std::string fhir_date_time(const std::string& day, const std::string& time, const domain::Zone& zone,
                           int day_starts_minutes) {
  if (time.empty()) return day;
  const auto diary_day = domain::parse_iso(day);
  if (!diary_day || time.size() != 5) return day;  // never from the store, which checks both
  const int minutes = std::stoi(time.substr(0, 2)) * 60 + std::stoi(time.substr(3, 2));
  const auto calendar_day = *diary_day + date::days{minutes < day_starts_minutes ? 1 : 0};
  const auto local = date::local_seconds{calendar_day.time_since_epoch()} + std::chrono::minutes{minutes};
  return local_with_offset(zone.to_utc(local), zone);
}

}  // namespace backcare::transfer

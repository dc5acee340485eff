#pragma once
#include <chrono>
#include <functional>

#include <date/date.h>

namespace backcare::domain {

/// The user's time zone: each instant converted with the offset in force at that instant, so a summer
/// entry keeps its summer clock time in winter. main makes it from the system's zone (glibc, honouring
/// TZ); tests use fixed_zone.
struct Zone {
  /// Local time minus UTC at `utc`.
  std::function<std::chrono::seconds(date::sys_seconds utc)> offset_at;

  date::local_seconds to_local(date::sys_seconds utc) const {
    return date::local_seconds{utc.time_since_epoch() + offset_at(utc)};
  }
  /// The instant a wall-clock time names. In the hour a clock skips it is read with the offset before
  /// the change; in the hour it repeats, the later of the two. Assumes at most one change within a day
  /// of it, as every zone has.
  date::sys_seconds to_utc(date::local_seconds local) const;
};

/// A zone whose offset never changes, for tests and fuzzing.
inline Zone fixed_zone(std::chrono::seconds offset) {
  return {[offset](date::sys_seconds) { return offset; }};
}

}  // namespace backcare::domain

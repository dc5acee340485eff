#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace backcare::domain {

// A row's version (issue 28): the stamp of the change that made it as it is, and the device that made
// that change. Two diaries of one person agree on a row by keeping the later version.

/// A hybrid logical clock's reading: wall-clock milliseconds since 1970 and a counter that orders
/// changes within one millisecond, or made while the wall clock stood behind the diary's clock.
struct Stamp {
  std::int64_t millis = 0;
  int counter = 0;

  friend auto operator<=>(const Stamp&, const Stamp&) = default;
};

/// The largest counter; the next reading after it moves to the next millisecond.
inline constexpr int kMaxStampCounter = 9999;

/// "MMMMMMMMMMMMM-CCCC" (13 and 4 digits), so that text order is stamp order.
std::string format_stamp(Stamp stamp);
/// The text form exactly, else nullopt.
std::optional<Stamp> parse_stamp(std::string_view text);
/// The reading for a change made now: later than `last`, and the wall clock's when it is ahead.
Stamp next_stamp(Stamp last, std::int64_t wall_millis);

/// A version as stored and exported: the stamp's text and the device's id.
struct Version {
  std::string stamp;
  std::string device;

  friend auto operator<=>(const Version&, const Version&) = default;
};

/// What makes a row itself across diaries: its UUID and its version ("" each where not known yet).
struct Identity {
  std::string uuid;
  Version version;

  friend auto operator<=>(const Identity&, const Identity&) = default;
};

/// True for the text form of a UUID as backcare writes it: 36 characters, lower-case hex in groups of
/// 8-4-4-4-12.
bool is_uuid(std::string_view text);
/// True for a device id: 1 to 32 characters of lower-case hex.
bool is_device(std::string_view text);

/// A deleted row, with no content: an entry by its UUID (kind pain, done or sign), a routine of hers by
/// its slug, a setting by its key.
struct Tombstone {
  std::string kind;  ///< pain, done, sign, routine or setting
  std::string key;   ///< the UUID, slug or key
  Version version;

  friend auto operator<=>(const Tombstone&, const Tombstone&) = default;
};

}  // namespace backcare::domain

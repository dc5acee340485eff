#pragma once
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <string>

#include "domain/version.hpp"

namespace backcare::store {

// The diary's hybrid logical clock and its device (schema 8, issue 28). A command that changes rows ticks
// the clock once, in its transaction; every row it changes then takes the command's stamp and this
// device, written in SQL as kStampNow and kDeviceHere.

/// The stamp of the change being written: the clock's reading (meta 'clock').
inline constexpr const char* kStampNow = "(SELECT value FROM main.meta WHERE key = 'clock')";
/// This diary's own device id (meta 'device'), made with the diary.
inline constexpr const char* kDeviceHere = "(SELECT value FROM main.meta WHERE key = 'device')";
/// An UPDATE's assignments that give a changed row the command's version.
inline constexpr const char* kVersionNow =
    "stamp = (SELECT value FROM main.meta WHERE key = 'clock'), device = (SELECT value FROM main.meta WHERE key = 'device')";
/// Moves the clock to the reading for a change made at `wall_millis` (never backwards) and returns it.
domain::Stamp tick_clock(SQLite::Database& db, std::int64_t wall_millis);
/// Moves the clock up to `seen` when it is behind: after a merge, this diary's next change is later than
/// every change it has seen.
void witness_stamp(SQLite::Database& db, const std::string& seen);
/// This diary's device id.
std::string device_id(SQLite::Database& db);

}  // namespace backcare::store

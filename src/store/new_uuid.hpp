#pragma once
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <string>

namespace backcare::store {

/// A new version 7 UUID (RFC 9562) in lower-case text (8-4-4-4-12 hex digits): the wall clock's
/// millisecond, a 12-bit counter and 62 random bits. Each sorts after the one made before it in this
/// process, so a bulk write (an import, a merge, a migration) adds to the end of the diary's index by UUID
/// instead of at a random page of it: with random version 4 UUIDs a million-row import took twice as long
/// once that index outgrew SQLite's page cache. The millisecond says no more than the row's logged_at.
std::string new_uuid();

/// The millisecond and counter of a version 7 UUID.
struct TimeOrder {
  std::uint64_t millis = 0;
  std::uint32_t counter = 0;
};

/// The (millisecond, counter) of the UUID after one made at `last`, the wall clock reading `now`: the
/// clock's millisecond once it has moved on, its counter starting at `random_start`'s low 11 bits (room
/// to count up); else `last`'s millisecond with the counter one up, carrying into the next millisecond
/// past 4095 (RFC 9562 section 6.2, method 1). A clock that went back never orders a UUID before another.
TimeOrder next_order(TimeOrder last, std::uint64_t now, std::uint32_t random_start);

/// Registers new_uuid() as an SQL function of `db`. backcare's statements call it where a row gets a new
/// UUID; the schema's column default (six randomblob calls, for any other writer) cost an import of
/// 50 years of diary 60% more instructions than the import itself.
void add_new_uuid_function(SQLite::Database& db);

/// SQL giving a new UUID, for a statement that must give one where a file may give its own.
inline constexpr const char* kNewUuid = "new_uuid()";

}  // namespace backcare::store

#pragma once
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/merge_counts.hpp"
#include "domain/routine.hpp"
#include "domain/version.hpp"

namespace backcare::store {

// A merge's steps for what is not an entry (merge_entries.cpp has those): her routines by slug, the
// settings by key, and the file's tombstones of rows the diary does not hold. Each keeps the later
// version and keeps what it changes for undo under the merge's `action`.

/// Her routines: one the diary lacks is added (unless a later tombstone of its slug is held), a later
/// version replaces hers. A slug of the article's routines is the article's: left as it is.
void merge_routines(SQLite::Database& db, const std::vector<domain::Routine>& routines, std::int64_t action,
                    domain::MergeCounts& counts);
/// The settings, per key, the same way.
void merge_settings(SQLite::Database& db, const std::map<std::string, std::string>& settings,
                    const std::map<std::string, domain::Version>& versions, std::int64_t action,
                    domain::MergeCounts& counts);
/// The file's staged tombstones (temp.import_tombstone) after the entries were merged: a later one
/// unsets a setting; one of a row the diary does not hold is kept (a later one replaces the diary's), so
/// that the delete travels on. A routine of hers is never taken away by a merge (its entries may need it):
/// retire it. Drops the staging table.
void merge_tombstones(SQLite::Database& db, std::int64_t action, const std::string& logged_at,
                      domain::MergeCounts& counts);
/// The latest stamp a file staged (entries, tombstones), "" when none: the clock moves up to it.
std::string latest_staged_stamp(SQLite::Database& db);

/// Undo of a merge, after its entries: the tombstones it replaced or lifted, the settings and routines as
/// they were, the routines it added taken away.
void undo_merge_rows(SQLite::Database& db, std::int64_t action);

}  // namespace backcare::store

#pragma once
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <vector>

#include "domain/entry_rows.hpp"
#include "domain/import_counts.hpp"
#include "domain/zone.hpp"

namespace backcare::store {

/// Adds the checked `rows` the diary does not already hold, belonging to the import's `action`, their
/// local time derived in `zone` where the file had none; counts what it added and what was held. Rows
/// are compared whole and counted as a multiset: a file holding a row twice adds it twice to an empty
/// diary, and nothing the second time it is imported. Runs inside the caller's transaction.
void add_new_entries(SQLite::Database& db, const std::vector<domain::EntryRow>& rows, std::int64_t action,
                     const domain::Zone& zone, domain::ImportCounts& counts);

}  // namespace backcare::store

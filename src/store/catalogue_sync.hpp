#pragma once
#include <SQLiteCpp/Database.h>

#include "content/content.hpp"

namespace backcare::store {

/// Brings the article routines in the database in line with the embedded content, by slug, in one
/// transaction. Skipped when the content hash is the one last synced, so a normal run does no work.
/// Routines that left the content are retired, never deleted, so their history stays whole.
/// True when the catalogue was last synced from this very content: a read may then leave it alone.
bool catalogue_current(SQLite::Database& db, const content::Content& content);

void sync_catalogue(SQLite::Database& db, const content::Content& content);

}  // namespace backcare::store

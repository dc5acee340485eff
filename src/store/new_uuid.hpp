#pragma once
#include <SQLiteCpp/Database.h>

#include <string>

namespace backcare::store {

/// A new random version 4 UUID in lower-case text (8-4-4-4-12 hex digits).
std::string new_uuid();

/// Registers new_uuid() as an SQL function of `db`. backcare's statements call it where a row gets a new
/// UUID; the schema's column default (six randomblob calls, for any other writer) cost an import of
/// 50 years of diary 60% more instructions than the import itself.
void add_new_uuid_function(SQLite::Database& db);

/// SQL giving a new UUID, for a statement that must give one where a file may give its own.
inline constexpr const char* kNewUuid = "new_uuid()";

}  // namespace backcare::store

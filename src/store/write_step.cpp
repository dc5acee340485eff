#include "store/write_step.hpp"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

namespace backcare::store {

WriteStep::WriteStep(SQLite::Database& db) : db_(db), nested_(sqlite3_get_autocommit(db.getHandle()) == 0) {
  db_.exec(nested_ ? "SAVEPOINT write_step" : "BEGIN IMMEDIATE");
}

WriteStep::~WriteStep() {
  if (done_) return;
  try {
    // A savepoint rolled back stays open until released; the command's transaction goes on.
    db_.exec(nested_ ? "ROLLBACK TO write_step; RELEASE write_step" : "ROLLBACK");
  } catch (...) {  // NOLINT(bugprone-empty-catch): SQLite has already ended a transaction it could not keep
  }
}

void WriteStep::commit() {
  db_.exec(nested_ ? "RELEASE write_step" : "COMMIT");
  done_ = true;
}

}  // namespace backcare::store

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include "store/store.hpp"

// A Store's making, moving and end, defined here where SQLite::Database and SQLite::Transaction are
// complete, since store.hpp only declares them.
namespace backcare::store {

Store::Store(std::unique_ptr<SQLite::Database> db) : db_(std::move(db)) {}
Store::Store(Store&&) noexcept = default;

Store& Store::operator=(Store&& other) noexcept {
  read_.reset();  // this connection's read ends while the connection is still there
  db_ = std::move(other.db_);
  read_ = std::move(other.read_);
  created_ = other.created_;
  return *this;
}

// read_ is declared after db_, so it ends first.
Store::~Store() = default;

void Store::hold_read() {
  // DEFERRED takes no lock until the first read; in WAL mode that read fixes the snapshot every later
  // statement of the transaction sees, while writers go on appending to the WAL. Ended by ROLLBACK when
  // the Store goes: a read has nothing to commit.
  read_ = std::make_unique<SQLite::Transaction>(*db_, SQLite::TransactionBehavior::DEFERRED);
}

}  // namespace backcare::store

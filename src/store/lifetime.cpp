#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include "store/new_uuid.hpp"
#include "store/store.hpp"

// A Store's making, moving and end, defined here where SQLite::Database and SQLite::Transaction are
// complete, since store.hpp only declares them.
namespace backcare::store {

Store::Store(std::unique_ptr<SQLite::Database> db) : db_(std::move(db)) { add_new_uuid_function(*db_); }
Store::Store(Store&&) noexcept = default;

Store& Store::operator=(Store&& other) noexcept {
  held_.reset();  // this connection's transaction ends while the connection is still there
  db_ = std::move(other.db_);
  held_ = std::move(other.held_);
  writing_ = other.writing_;
  created_ = other.created_;
  now_ = other.now_;
  place_kinds_ = std::move(other.place_kinds_);
  starter_tags_ = std::move(other.starter_tags_);
  return *this;
}

// held_ is declared after db_, so it ends first.
Store::~Store() = default;

void Store::hold(Access access) {
  // A read: DEFERRED takes no lock until the first read; in WAL mode that read fixes the snapshot every
  // later statement of the transaction sees, while writers go on appending to the WAL. Ended by ROLLBACK
  // when the Store goes: a read has nothing to commit. A write: IMMEDIATE waits (up to the busy
  // timeout) for any other writer to finish before this command reads anything it may change.
  writing_ = access == Access::write;
  held_ = std::make_unique<SQLite::Transaction>(
      *db_, writing_ ? SQLite::TransactionBehavior::IMMEDIATE : SQLite::TransactionBehavior::DEFERRED);
}

void Store::lock_for_command() { hold(Access::write); }

void Store::commit() {
  if (!writing_ || !held_) return;
  held_->commit();
  held_.reset();
}

void Store::release_while(const std::function<void()>& wait) {
  const bool was_held = writing_ && held_;
  commit();
  wait();
  if (was_held) hold(Access::write);
}

}  // namespace backcare::store

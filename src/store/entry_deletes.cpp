#include "store/entry_deletes.hpp"

#include "store/undo_steps.hpp"

namespace backcare::store {

bool EntryDeletes::remove(domain::EntryId id) {
  if (!keep_entry_before(db_, id, action_)) return false;
  auto& tombstone = tombstones_[std::size_t(id.kind)];
  if (!tombstone) tombstone.emplace(db_, tombstone_sql(id.kind, "id"));
  tombstone->bind(1, logged_at_);
  tombstone->bind(2, action_);
  tombstone->bind(3, id.row);
  tombstone->exec();
  tombstone->reset();
  auto& remove = removes_[std::size_t(id.kind)];
  if (!remove) remove.emplace(db_, std::string("DELETE FROM ") + entry_table(id.kind) + " WHERE id = ?");
  remove->bind(1, id.row);
  remove->exec();
  remove->reset();
  return true;
}

}  // namespace backcare::store

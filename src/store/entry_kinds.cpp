#include "store/entry_kinds.hpp"

#include "store/clock.hpp"

namespace backcare::store {

const char* entry_table(EntryKind kind) {
  switch (kind) {
    case EntryKind::pain: return "pain";
    case EntryKind::done: return "completion";
    case EntryKind::sign: return "sign";
    case EntryKind::tag: break;
  }
  return "day_tag";
}

std::string before_table(EntryKind kind) { return std::string(entry_table(kind)) + "_before"; }

std::string tombstone_sql(EntryKind kind, const char* column) {
  return std::string("INSERT OR REPLACE INTO tombstone (kind, uuid, id, stamp, device, deleted_at, action) SELECT '") +
         domain::entry_kind_name(kind) + "', uuid, id, " + kStampNow + ", " + kDeviceHere + ", ?1, ?2 FROM " +
         entry_table(kind) + " WHERE " + column + " = ?3";
}

}  // namespace backcare::store

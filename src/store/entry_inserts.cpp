#include "store/entry_inserts.hpp"

#include "domain/tags.hpp"
#include "store/clock.hpp"
#include "store/new_uuid.hpp"
#include "store/rows.hpp"

namespace backcare::store {
void bind_identity(SQLite::Statement& insert, int first, const domain::Identity& identity) {
  int at = first;
  for (const auto* value : {&identity.uuid, &identity.version.stamp, &identity.version.device}) {
    if (value->empty()) insert.bind(at++);
    else insert.bind(at++, *value);
  }
}

std::string EntryInserts::identity_values(int first) const {
  const auto at = [first](int i) { return "?" + std::to_string(first + i); };
  if (!tables_.fills_identity) return at(0) + ", " + at(1) + ", " + at(2);
  return "coalesce(" + at(0) + ", " + kNewUuid + "), coalesce(" + at(1) + ", " + kStampNow + "), coalesce(" + at(2) +
         ", " + kDeviceHere + ")";
}

void EntryInserts::add(const domain::PainEntry& entry, std::optional<std::int64_t> action,
                       const domain::Identity& identity) {
  if (!pain_) {
    pain_.emplace(db_, std::string("INSERT INTO ") + tables_.pain +
                           " (day, time, logged_at, level, note, regions, tags, action_id, uuid, stamp, device) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, " + identity_values(9) + ")");
  }
  auto& insert = *pain_;
  bind_pain_fields(insert, entry);
  bind_optional(insert, 8, action);
  bind_identity(insert, 9, identity);
  insert.exec();
  insert.reset();
}

void EntryInserts::add(const domain::SignEntry& entry, std::optional<std::int64_t> action,
                       const domain::Identity& identity) {
  if (!sign_) {
    sign_.emplace(db_, std::string("INSERT INTO ") + tables_.sign +
                           " (day, time, logged_at, slug, side, note, action_id, uuid, stamp, device) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, " + identity_values(8) + ")");
  }
  auto& insert = *sign_;
  bind_sign_fields(insert, entry);
  bind_optional(insert, 7, action);
  bind_identity(insert, 8, identity);
  insert.exec();
  insert.reset();
}

void EntryInserts::add(const domain::DayTag& entry, std::optional<std::int64_t> action,
                       const domain::Identity& identity) {
  if (!day_tag_) {
    day_tag_.emplace(db_, std::string("INSERT INTO ") + tables_.day_tag +
                              " (day, time, logged_at, slug, action_id, uuid, stamp, device) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, " + identity_values(6) + ")");
  }
  auto& insert = *day_tag_;
  bind_day_tag_fields(insert, entry);
  bind_optional(insert, 5, action);
  bind_identity(insert, 6, identity);
  insert.exec();
  insert.reset();
}

bool EntryInserts::add(const domain::Completion& entry, std::optional<std::int64_t> action,
                       const domain::Identity& identity) {
  if (!done_) {
    done_.emplace(db_, std::string("INSERT INTO ") + tables_.completion +
                           " (day, time, logged_at, routine_id, reps, minutes, note, tags, action_id, uuid, stamp, "
                           "device) SELECT ?1, ?2, ?3, id, ?4, ?5, ?6, ?9, ?7, " + identity_values(10) +
                           " FROM main.routine WHERE slug = ?8");
  }
  auto& insert = *done_;
  insert.bind(1, domain::format_iso(entry.day));
  bind_time(insert, 2, entry.time);
  insert.bind(3, entry.logged_at);
  bind_optional(insert, 4, entry.reps);
  bind_optional(insert, 5, entry.minutes);
  insert.bind(6, entry.note);
  bind_optional(insert, 7, action);
  insert.bind(8, entry.slug);
  insert.bind(9, domain::format_tags(entry.tags));
  bind_identity(insert, 10, identity);
  const bool added = insert.exec() == 1;
  insert.reset();
  return added;
}

}  // namespace backcare::store

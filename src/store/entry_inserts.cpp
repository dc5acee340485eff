#include "store/entry_inserts.hpp"

#include "store/rows.hpp"

namespace backcare::store {

void EntryInserts::add(const domain::PainEntry& entry, std::optional<std::int64_t> action) {
  if (!pain_) {
    pain_.emplace(db_, std::string("INSERT INTO ") + tables_.pain +
                           " (day, time, logged_at, level, note, regions, action_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
  }
  auto& insert = *pain_;
  bind_pain_fields(insert, entry);
  bind_optional(insert, 7, action);
  insert.exec();
  insert.reset();
}

void EntryInserts::add(const domain::SignEntry& entry, std::optional<std::int64_t> action) {
  if (!sign_) {
    sign_.emplace(db_, std::string("INSERT INTO ") + tables_.sign +
                           " (day, time, logged_at, slug, side, note, action_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
  }
  auto& insert = *sign_;
  bind_sign_fields(insert, entry);
  bind_optional(insert, 7, action);
  insert.exec();
  insert.reset();
}

bool EntryInserts::add(const domain::Completion& entry, std::optional<std::int64_t> action) {
  if (!done_) {
    done_.emplace(db_, std::string("INSERT INTO ") + tables_.completion +
                           " (day, time, logged_at, routine_id, reps, minutes, note, action_id) "
                           "SELECT ?, ?, ?, id, ?, ?, ?, ? FROM main.routine WHERE slug = ?");
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
  const bool added = insert.exec() == 1;
  insert.reset();
  return added;
}

}  // namespace backcare::store

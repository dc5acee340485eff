#include "domain/errors.hpp"
#include "store/clock.hpp"
#include "store/entry_inserts.hpp"
#include "store/row_writes.hpp"
#include "store/store.hpp"
#include "store/write_step.hpp"

namespace backcare::store {
namespace {

using Kind = domain::EntryId::Kind;

/// A command's completions, their ids added to `made`: a slug the diary lacks is the user's mistake, and
/// the caller's transaction then writes nothing.
void add_all(SQLite::Database& db, EntryInserts& inserts, const std::vector<domain::Completion>& completions,
             std::int64_t action, std::vector<domain::EntryId>& made) {
  for (const auto& done : completions) {
    if (!inserts.add(done, action)) throw UserError("no routine '" + done.slug + "'");
    made.push_back({Kind::done, db.getLastInsertRowid()});
  }
}

}  // namespace

std::int64_t Store::wall_millis() const {
  const auto now = now_ ? std::chrono::time_point_cast<std::chrono::milliseconds>(*now_)
                        : std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
  return now.time_since_epoch().count();
}

std::string Store::wall_text() const {
  return date::format("%FT%TZ", std::chrono::time_point_cast<std::chrono::seconds>(
                                    date::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(wall_millis()))));
}

std::int64_t Store::record_action(const std::string& command, const std::string& logged_at) {
  tick_clock(*db_, wall_millis());
  SQLite::Statement insert(*db_, "INSERT INTO action (command, logged_at) VALUES (?, ?)");
  insert.bind(1, command);
  insert.bind(2, logged_at);
  insert.exec();
  return db_->getLastInsertRowid();
}

std::vector<domain::EntryId> Store::add_pain(const domain::PainEntry& entry) {
  WriteStep step(*db_);
  EntryInserts(*db_).add(entry, record_action("pain", entry.logged_at));
  std::vector<domain::EntryId> made{{Kind::pain, db_->getLastInsertRowid()}};
  step.commit();
  return made;
}

std::vector<domain::EntryId> Store::add_sign(const domain::SignEntry& entry) {
  WriteStep step(*db_);
  EntryInserts(*db_).add(entry, record_action("sign", entry.logged_at));
  std::vector<domain::EntryId> made{{Kind::sign, db_->getLastInsertRowid()}};
  step.commit();
  return made;
}

std::vector<domain::EntryId> Store::add_completions(const std::vector<domain::Completion>& completions) {
  std::vector<domain::EntryId> made;
  if (completions.empty()) return made;
  WriteStep step(*db_);
  EntryInserts inserts(*db_);
  add_all(*db_, inserts, completions, record_action("done", completions.front().logged_at), made);
  step.commit();
  return made;
}

std::vector<domain::EntryId> Store::add_checkin(const domain::PainEntry& entry,
                                                const std::vector<domain::Completion>& completions) {
  WriteStep step(*db_);
  // Logged as one "pain" action holding the completions too, so one undo reverses the whole check-in.
  const auto action = record_action("pain", entry.logged_at);
  EntryInserts inserts(*db_);
  inserts.add(entry, action);
  std::vector<domain::EntryId> made{{Kind::pain, db_->getLastInsertRowid()}};
  add_all(*db_, inserts, completions, action, made);
  step.commit();
  return made;
}

void Store::set_setting(const std::string& key, const std::optional<std::string>& value, const std::string& logged_at) {
  WriteStep step(*db_);
  const auto old = setting_values();
  const auto action = record_action("config", logged_at);
  SQLite::Statement remember(*db_, "UPDATE action SET setting_key = ?, setting_old = ? WHERE id = ?");
  remember.bind(1, key);
  if (auto found = old.find(key); found != old.end()) remember.bind(2, found->second);
  else remember.bind(2);
  remember.bind(3, action);
  remember.exec();
  put_setting(*db_, key, value, {}, logged_at);
  step.commit();
}

void Store::add_routine(const domain::Routine& routine, const std::string& logged_at) {
  WriteStep step(*db_);
  const auto action = record_action("routine-add", logged_at);
  // The command checked the slug; only a routine added by another process since lands here.
  if (!insert_user_routine(*db_, routine)) {
    throw UserError("routine '" + routine.slug + "' already exists: accepted a new slug");
  }
  const auto routine_id = db_->getLastInsertRowid();
  link_action_routine(*db_, action, routine_id);
  step.commit();
}

domain::Routine Store::edit_routine(const domain::Routine& changed, const std::string& logged_at) {
  WriteStep step(*db_);
  SQLite::Statement find(*db_, "SELECT id, name, kind, dose, source FROM routine WHERE slug = ?");
  find.bind(1, changed.slug);
  if (!find.executeStep()) throw UserError("no routine '" + changed.slug + "': see 'backcare routines --all' for the slugs");
  if (find.getColumn(4).getString() == "article") {
    throw UserError("routine '" + changed.slug + "' is the article's: its name, kind and dose come from the article; "
                    "accepted a routine of your own");
  }
  const auto routine_id = find.getColumn(0).getInt64();
  domain::Routine before = changed;
  before.name = find.getColumn(1).getString();
  before.kind = find.getColumn(2).getString();
  before.dose = find.getColumn(3).getString();
  find.reset();
  const auto action = record_action("routine-edit", logged_at);
  link_action_routine(*db_, action, routine_id);
  SQLite::Statement keep(*db_, "INSERT INTO routine_before (action, name, kind, dose) VALUES (?, ?, ?, ?)");
  keep.bind(1, action);
  keep.bind(2, before.name);
  keep.bind(3, before.kind);
  keep.bind(4, before.dose);
  keep.exec();
  SQLite::Statement update(*db_, std::string("UPDATE routine SET name = ?, kind = ?, dose = ?, ") + kVersionNow + " WHERE id = ?");
  update.bind(1, changed.name);
  update.bind(2, changed.kind);
  update.bind(3, changed.dose);
  update.bind(4, routine_id);
  update.exec();
  step.commit();
  return before;
}

void Store::retire_routine(const std::string& slug, const std::string& logged_at) { set_retired(slug, true, logged_at); }

void Store::unretire_routine(const std::string& slug, const std::string& logged_at) {
  set_retired(slug, false, logged_at);
}

void Store::set_retired(const std::string& slug, bool retired, const std::string& logged_at) {
  WriteStep step(*db_);
  // Ticked first: the UPDATE stamps the routine with this command's stamp.
  const auto action = record_action(retired ? "routine-retire" : "routine-unretire", logged_at);
  SQLite::Statement change(*db_, std::string("UPDATE routine SET retired = ?, ") + kVersionNow +
                                     " WHERE slug = ? AND retired = ? RETURNING id");
  change.bind(1, retired ? 1 : 0);
  change.bind(2, slug);
  change.bind(3, retired ? 0 : 1);
  if (!change.executeStep()) throw UserError(std::string(retired ? "no active routine '" : "no retired routine '") + slug + "'");
  const auto routine_id = change.getColumn(0).getInt64();
  change.reset();
  link_action_routine(*db_, action, routine_id);
  step.commit();
}

}  // namespace backcare::store

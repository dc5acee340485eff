#include <SQLiteCpp/Database.h>

#include <optional>

#include "domain/errors.hpp"
#include "domain/tags.hpp"
#include "store/clock.hpp"
#include "store/entry_deletes.hpp"
#include "store/rows.hpp"
#include "store/store.hpp"
#include "store/undo_steps.hpp"
#include "store/write_step.hpp"

namespace backcare::store {
namespace {

using Kind = domain::EntryId::Kind;

UserError missing_entry(domain::EntryId id) { return UserError("no entry " + domain::format_entry_id(id) + " in the diary"); }

void keep_before_or_refuse(SQLite::Database& db, domain::EntryId id, std::int64_t action) {
  if (!keep_entry_before(db, id, action)) throw missing_entry(id);
}

std::int64_t routine_id_of(SQLite::Database& db, const std::string& slug) {
  SQLite::Statement query(db, "SELECT id FROM routine WHERE slug = ?");
  query.bind(1, slug);
  if (!query.executeStep()) throw UserError("no routine '" + slug + "'");
  return query.getColumn(0).getInt64();
}

}  // namespace

std::optional<domain::PainEntry> Store::pain_entry(std::int64_t id) const {
  SQLite::Statement query(*db_, std::string("SELECT ") + kPainColumns + " FROM pain WHERE id = ?");
  query.bind(1, id);
  return query.executeStep() ? std::optional(pain_row(query)) : std::nullopt;
}

std::optional<domain::Completion> Store::completion_entry(std::int64_t id) const {
  SQLite::Statement query(*db_, std::string("SELECT ") + kCompletionColumns + " FROM " + kCompletionTables + " WHERE c.id = ?");
  query.bind(1, id);
  return query.executeStep() ? std::optional(completion_row(query)) : std::nullopt;
}

std::optional<domain::SignEntry> Store::sign_entry(std::int64_t id) const {
  SQLite::Statement query(*db_, std::string("SELECT ") + kSignColumns + " FROM sign WHERE id = ?");
  query.bind(1, id);
  return query.executeStep() ? std::optional(sign_row(query)) : std::nullopt;
}

std::optional<domain::DayTag> Store::day_tag_entry(std::int64_t id) const {
  SQLite::Statement query(*db_, std::string("SELECT ") + kDayTagColumns + " FROM day_tag WHERE id = ?");
  query.bind(1, id);
  return query.executeStep() ? std::optional(day_tag_row(query)) : std::nullopt;
}

std::optional<std::string> Store::deleted_at(domain::EntryId id) const {
  SQLite::Statement query(*db_, "SELECT deleted_at FROM tombstone WHERE kind = ? AND id = ?");
  query.bind(1, domain::entry_kind_name(id.kind));
  query.bind(2, id.row);
  return query.executeStep() ? std::optional(query.getColumn(0).getString()) : std::nullopt;
}

void Store::edit_pain(const domain::PainEntry& changed) {
  WriteStep step(*db_);
  keep_before_or_refuse(*db_, {Kind::pain, changed.id}, record_action("edit", changed.logged_at));
  SQLite::Statement update(*db_, std::string("UPDATE pain SET day = ?, time = ?, logged_at = ?, level = ?, note = ?, regions = ?, "
                                             "tags = ?, ") + kVersionNow + " WHERE id = ?");
  bind_pain_fields(update, changed);
  update.bind(8, changed.id);
  update.exec();
  step.commit();
}

void Store::edit_completion(const domain::Completion& changed) {
  WriteStep step(*db_);
  keep_before_or_refuse(*db_, {Kind::done, changed.id}, record_action("edit", changed.logged_at));
  SQLite::Statement update(*db_, std::string("UPDATE completion SET day = ?, time = ?, logged_at = ?, routine_id = ?, reps = ?, "
                                             "minutes = ?, note = ?, tags = ?, ") + kVersionNow + " WHERE id = ?");
  update.bind(1, domain::format_iso(changed.day));
  bind_time(update, 2, changed.time);
  update.bind(3, changed.logged_at);
  update.bind(4, routine_id_of(*db_, changed.slug));
  bind_optional(update, 5, changed.reps);
  bind_optional(update, 6, changed.minutes);
  update.bind(7, changed.note);
  update.bind(8, domain::format_tags(changed.tags));
  update.bind(9, changed.id);
  update.exec();
  step.commit();
}

void Store::edit_sign(const domain::SignEntry& changed) {
  WriteStep step(*db_);
  keep_before_or_refuse(*db_, {Kind::sign, changed.id}, record_action("edit", changed.logged_at));
  SQLite::Statement update(*db_, std::string("UPDATE sign SET day = ?, time = ?, logged_at = ?, slug = ?, side = ?, note = ?, ") +
                                 kVersionNow + " WHERE id = ?");
  bind_sign_fields(update, changed);
  update.bind(7, changed.id);
  update.exec();
  step.commit();
}

void Store::edit_day_tag(const domain::DayTag& changed) {
  WriteStep step(*db_);
  keep_before_or_refuse(*db_, {Kind::tag, changed.id}, record_action("edit", changed.logged_at));
  SQLite::Statement update(*db_, std::string("UPDATE day_tag SET day = ?, time = ?, logged_at = ?, slug = ?, ") + kVersionNow +
                                     " WHERE id = ?");
  bind_day_tag_fields(update, changed);
  update.bind(5, changed.id);
  update.exec();
  step.commit();
}

void Store::delete_entries(const std::vector<domain::EntryId>& ids, const std::string& logged_at) {
  WriteStep step(*db_);
  EntryDeletes deletes(*db_, record_action("delete", logged_at), logged_at);
  for (const auto id : ids) {
    if (!deletes.remove(id)) throw missing_entry(id);
  }
  step.commit();
}

}  // namespace backcare::store

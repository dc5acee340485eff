#include "store/merge_rows.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <optional>

#include "store/row_writes.hpp"
#include "store/rows.hpp"
#include "store/staged_tables.hpp"
#include "store/undo_steps.hpp"

namespace backcare::store {
namespace {

std::optional<domain::Version> tombstone_version(SQLite::Database& db, const char* kind, const std::string& key) {
  SQLite::Statement query(db, "SELECT stamp, device FROM main.tombstone WHERE kind = ? AND uuid = ?");
  query.bind(1, kind);
  query.bind(2, key);
  if (!query.executeStep()) return std::nullopt;
  return domain::Version{query.getColumn(0).getString(), query.getColumn(1).getString()};
}

/// Keeps a tombstone as it is, for undo, then removes it: the row it stood for is back.
void lift_tombstone(SQLite::Database& db, std::int64_t action, const char* kind, const std::string& key) {
  SQLite::Statement keep(db, "INSERT INTO main.tombstone_before (action, kind, uuid, id, stamp, device, deleted_at) "
                             "SELECT ?, kind, uuid, id, stamp, device, deleted_at FROM main.tombstone WHERE kind = ? AND "
                             "uuid = ?");
  keep.bind(1, action);
  keep.bind(2, kind);
  keep.bind(3, key);
  keep.exec();
  SQLite::Statement remove(db, "DELETE FROM main.tombstone WHERE kind = ? AND uuid = ?");
  remove.bind(1, kind);
  remove.bind(2, key);
  remove.exec();
}

/// True when the diary has no row for `kind`/`key` and no tombstone as late as `version`: the file's row
/// is new here. A later version than the tombstone brings the row back (the tombstone kept for undo).
bool lift_if_older(SQLite::Database& db, std::int64_t action, const char* kind, const std::string& key,
                   const domain::Version& version) {
  const auto tombstone = tombstone_version(db, kind, key);
  if (tombstone && !(version > *tombstone)) return false;
  if (tombstone) lift_tombstone(db, action, kind, key);
  return true;
}

void keep_setting_before(SQLite::Database& db, std::int64_t action, const std::string& key) {
  SQLite::Statement keep(db, "INSERT INTO main.setting_before (action, key, value, stamp, device) SELECT ?1, ?2, "
                             "(SELECT value FROM main.setting WHERE key = ?2), coalesce((SELECT stamp FROM main.setting "
                             "WHERE key = ?2), ''), coalesce((SELECT device FROM main.setting WHERE key = ?2), '')");
  keep.bind(1, action);
  keep.bind(2, key);
  keep.exec();
}

std::optional<domain::Version> setting_version(SQLite::Database& db, const std::string& key) {
  SQLite::Statement query(db, "SELECT stamp, device FROM main.setting WHERE key = ?");
  query.bind(1, key);
  if (!query.executeStep()) return std::nullopt;
  return domain::Version{query.getColumn(0).getString(), query.getColumn(1).getString()};
}

/// A routine of hers as the diary holds it: its id and version; nullopt when the slug is not hers here.
struct HeldRoutine {
  std::int64_t id = 0;
  bool article = false;
  domain::Version version;
};

std::optional<HeldRoutine> held_routine(SQLite::Database& db, const std::string& slug) {
  SQLite::Statement query(db, "SELECT id, source, stamp, device FROM main.routine WHERE slug = ?");
  query.bind(1, slug);
  if (!query.executeStep()) return std::nullopt;
  return HeldRoutine{query.getColumn(0).getInt64(), query.getColumn(1).getString() == "article",
                     {query.getColumn(2).getString(), query.getColumn(3).getString()}};
}

void replace_routine(SQLite::Database& db, std::int64_t action, std::int64_t id, const domain::Routine& routine) {
  SQLite::Statement keep(db, "INSERT INTO main.routine_version_before (action, routine_id, name, kind, dose, retired, "
                             "stamp, device) SELECT ?, id, name, kind, dose, retired, stamp, device FROM main.routine "
                             "WHERE id = ?");
  keep.bind(1, action);
  keep.bind(2, id);
  keep.exec();
  SQLite::Statement update(db, "UPDATE main.routine SET name = ?, kind = ?, dose = ?, retired = ?, stamp = ?, device = ? "
                               "WHERE id = ?");
  update.bind(1, routine.name);
  update.bind(2, routine.kind);
  update.bind(3, routine.dose);
  update.bind(4, routine.retired ? 1 : 0);
  update.bind(5, routine.version.stamp);
  update.bind(6, routine.version.device);
  update.bind(7, id);
  update.exec();
}

void note_added_routine(SQLite::Database& db, std::int64_t action, std::int64_t routine_id) {
  SQLite::Statement note(db, "INSERT INTO main.import_added (action, routine_id) VALUES (?, ?)");
  note.bind(1, action);
  note.bind(2, routine_id);
  note.exec();
}

/// Leaves the file's tombstone of a setting: the setting goes when the tombstone is later.
void merge_setting_tombstone(SQLite::Database& db, std::int64_t action, const std::string& logged_at,
                             const std::string& key, const domain::Version& version, domain::MergeCounts& counts) {
  const auto held = setting_version(db, key);
  if (!held || !(version > *held)) return;
  keep_setting_before(db, action, key);
  SQLite::Statement remove(db, "DELETE FROM main.setting WHERE key = ?");
  remove.bind(1, key);
  remove.exec();
  SQLite::Statement leave(db, "INSERT OR REPLACE INTO main.tombstone (kind, uuid, id, stamp, device, deleted_at, action) "
                              "VALUES ('setting', ?, NULL, ?, ?, ?, ?)");
  leave.bind(1, key);
  leave.bind(2, version.stamp);
  leave.bind(3, version.device);
  leave.bind(4, logged_at);
  leave.bind(5, action);
  leave.exec();
  ++counts.deleted;
}

}  // namespace

void merge_routines(SQLite::Database& db, const std::vector<domain::Routine>& routines, std::int64_t action,
                    domain::MergeCounts& counts) {
  for (const auto& routine : routines) {
    if (const auto held = held_routine(db, routine.slug)) {
      if (held->article || !(routine.version > held->version)) continue;
      replace_routine(db, action, held->id, routine);
      ++counts.updated;
    } else if (lift_if_older(db, action, "routine", routine.slug, routine.version)) {
      if (!insert_user_routine(db, routine, routine.version)) continue;
      note_added_routine(db, action, db.getLastInsertRowid());
      ++counts.added;
    }
  }
}

void merge_settings(SQLite::Database& db, const std::map<std::string, std::string>& settings,
                    const std::map<std::string, domain::Version>& versions, std::int64_t action,
                    domain::MergeCounts& counts) {
  for (const auto& [key, value] : settings) {
    const auto& version = versions.at(key);  // a merge's reading requires it
    if (const auto held = setting_version(db, key)) {
      if (!(version > *held)) continue;
      keep_setting_before(db, action, key);
      put_setting(db, key, value, version);
      ++counts.updated;
    } else if (lift_if_older(db, action, "setting", key, version)) {
      keep_setting_before(db, action, key);
      put_setting(db, key, value, version);
      ++counts.added;
    }
  }
}

void merge_tombstones(SQLite::Database& db, std::int64_t action, const std::string& logged_at,
                      domain::MergeCounts& counts) {
  SQLite::Statement settings(db, "SELECT uuid, stamp, device FROM temp.import_tombstone WHERE kind = 'setting'");
  while (settings.executeStep()) {
    merge_setting_tombstone(db, action, logged_at, settings.getColumn(0).getString(),
                            {settings.getColumn(1).getString(), settings.getColumn(2).getString()}, counts);
  }
  settings.reset();
  // Of rows the diary does not hold (a setting gone above now has its tombstone): a later tombstone
  // replaces the diary's, kept for undo; an unknown one is kept.
  const char* not_held = kTombstoneNotHeld;
  const std::string later = std::string("EXISTS (SELECT 1 FROM temp.import_tombstone AS t WHERE t.kind = m.kind AND ") +
                            "t.uuid = m.uuid AND (t.stamp, t.device) > (m.stamp, m.device) AND " + not_held + ")";
  SQLite::Statement keep(db, "INSERT INTO main.tombstone_before (action, kind, uuid, id, stamp, device, deleted_at) "
                             "SELECT ?, kind, uuid, id, stamp, device, deleted_at FROM main.tombstone AS m WHERE " + later);
  keep.bind(1, action);
  keep.exec();
  db.exec("UPDATE main.tombstone AS m SET (stamp, device) = (SELECT t.stamp, t.device FROM temp.import_tombstone AS t "
          "WHERE t.kind = m.kind AND t.uuid = m.uuid) WHERE " + later);
  SQLite::Statement add(db, std::string("INSERT INTO main.tombstone (kind, uuid, id, stamp, device, deleted_at, action) "
                                        "SELECT kind, uuid, NULL, stamp, device, ?, ? FROM temp.import_tombstone AS t "
                                        "WHERE NOT EXISTS (SELECT 1 FROM main.tombstone AS m WHERE m.kind = t.kind AND "
                                        "m.uuid = t.uuid) AND ") + not_held);
  add.bind(1, logged_at);
  add.bind(2, action);
  add.exec();
  db.exec("DROP TABLE temp.import_tombstone");
}

std::string latest_staged_stamp(SQLite::Database& db) {
  std::string latest = db.execAndGet("SELECT coalesce(max(stamp), '') FROM temp.import_tombstone").getString();
  for (const auto* table : kStagedTables) {
    latest = std::max(latest, db.execAndGet(text({"SELECT coalesce(max(stamp), '') FROM temp.", table->staging})).getString());
  }
  return latest;
}

void undo_merge_rows(SQLite::Database& db, std::int64_t action) {
  run_bound(db, "INSERT OR REPLACE INTO main.tombstone (kind, uuid, id, stamp, device, deleted_at) SELECT kind, uuid, "
                "id, stamp, device, deleted_at FROM main.tombstone_before WHERE action = ?",
            action);
  run_bound(db, "DELETE FROM main.setting WHERE key IN (SELECT key FROM main.setting_before WHERE action = ? AND "
                "value IS NULL)",
            action);
  run_bound(db, "INSERT OR REPLACE INTO main.setting (key, value, stamp, device) SELECT key, value, stamp, device FROM "
                "main.setting_before WHERE action = ? AND value IS NOT NULL",
            action);
  run_bound(db, "UPDATE main.routine AS r SET (name, kind, dose, retired, stamp, device) = (b.name, b.kind, b.dose, "
                "b.retired, b.stamp, b.device) FROM main.routine_version_before AS b WHERE b.action = ? AND "
                "b.routine_id = r.id",
            action);
  SQLite::Statement forget(db, "DELETE FROM main.import_added WHERE action = ? RETURNING routine_id");
  forget.bind(1, action);
  std::vector<std::int64_t> routines;
  while (forget.executeStep()) routines.push_back(forget.getColumn(0).getInt64());
  forget.reset();
  run_bound(db, "DELETE FROM main.routine_version_before WHERE action = ?", action);
  for (const auto routine : routines) run_bound(db, "DELETE FROM main.routine WHERE id = ?", routine);
}

}  // namespace backcare::store

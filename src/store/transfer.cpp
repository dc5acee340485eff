#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <set>

#include "domain/errors.hpp"
#include "store/check.hpp"
#include "store/import_entries.hpp"
#include "store/import_sink.hpp"
#include "store/row_writes.hpp"
#include "store/rows.hpp"
#include "store/store.hpp"
#include "store/write_step.hpp"

namespace backcare::store {
namespace {

/// Notes a routine or setting the import `action` added, so that undo removes it with the entries.
void remember_added(SQLite::Database& db, std::int64_t action, std::optional<std::int64_t> routine_id,
                    const std::optional<std::string>& setting_key) {
  SQLite::Statement note(db, "INSERT INTO import_added (action, routine_id, setting_key) VALUES (?, ?, ?)");
  note.bind(1, action);
  bind_optional(note, 2, routine_id);
  bind_optional(note, 3, setting_key);
  note.exec();
}

int add_missing_routines(SQLite::Database& db, const std::vector<domain::Routine>& routines, std::int64_t action) {
  int added = 0;
  for (const auto& routine : routines) {
    if (!insert_user_routine(db, routine, routine.version)) continue;
    remember_added(db, action, db.getLastInsertRowid(), std::nullopt);
    ++added;
  }
  return added;
}

void add_missing_settings(SQLite::Database& db, const std::map<std::string, std::string>& held,
                          const ImportSink& file, std::int64_t action, domain::ImportCounts& counts) {
  const auto& settings = file.settings();
  for (const auto& [key, value] : settings) {
    if (const auto found = held.find(key); found != held.end()) {
      if (found->second != value) counts.settings_kept.push_back(key);
      continue;
    }
    const auto version = file.setting_versions().find(key);
    put_setting(db, key, value, version == file.setting_versions().end() ? domain::Version{} : version->second);
    remember_added(db, action, std::nullopt, key);
    ++counts.settings_added;
  }
}

}  // namespace

ImportOutcome Store::import(const ExportReader& read, const domain::Zone& zone, domain::Day today,
                           const std::string& logged_at, UnknownSlugs unknown) {
  // Thousands of rows written into a damaged file would bury the damage deeper: it is checked first.
  refuse_if_damaged(*db_, db_->getFilename());
  auto known_tags = tags_in_use();
  known_tags.insert(known_tags.end(), starter_tags_.begin(), starter_tags_.end());
  // Checked and staged inside the transaction, so two imports of one file at once still add it once;
  // a problem returns before the commit, and the rollback takes back the staging too.
  WriteStep step(*db_);
  const auto action = record_action("import", logged_at);
  StagedEntries staged(*db_, action, zone, HeldWhen::uuid_known);
  std::set<std::string> diary_slugs;
  for (auto& routine : routines(true)) diary_slugs.insert(std::move(routine.slug));
  ImportSink sink(*db_, std::move(diary_slugs), place_kinds_, today, staged, unknown == UnknownSlugs::make_routines);
  read(sink);
  ImportOutcome outcome{{}, sink.finish()};
  if (!outcome.problems.empty()) return outcome;
  auto& counts = outcome.counts;
  counts.routines_added = add_missing_routines(*db_, sink.routines(), action);
  counts.routines_from_slugs = sink.routines_from_slugs();
  add_missing_settings(*db_, setting_values(), sink, action, counts);
  staged.add_new(counts);
  // A tag the file brings that the diary did not know is made by the import, and said so (issue 29).
  for (auto& tag : tags_in_use()) {
    if (std::find(known_tags.begin(), known_tags.end(), tag) == known_tags.end()) counts.tags_new.push_back(std::move(tag));
  }
  counts.tombstones_added = add_tombstones(*db_, action, logged_at);
  // An import that added nothing changed nothing: no step for undo to take back.
  if (counts.routines_added + counts.settings_added + counts.pain_added + counts.done_added + counts.signs_added + counts.tags_added +
          counts.tombstones_added ==
      0) {
    SQLite::Statement forget(*db_, "DELETE FROM action WHERE id = ?");
    forget.bind(1, action);
    forget.exec();
  }
  step.commit();
  return outcome;
}

domain::ImportCounts Store::import(const domain::DiaryExport& data, const domain::Zone& zone,
                                   const std::string& logged_at) {
  const auto feed = [&data](domain::ExportSink& sink) {
    for (std::size_t i = 0; i < data.entries.size(); ++i) sink.entry(data.entries[i], "entry " + std::to_string(i + 1));
    for (std::size_t i = 0; i < data.routines.size(); ++i) {
      sink.routine(data.routines[i], "routine " + std::to_string(i + 1));
    }
    for (const auto& [key, value] : data.settings) {
      const auto version = data.setting_versions.find(key);
      sink.setting(key, value, version == data.setting_versions.end() ? domain::Version{} : version->second);
    }
    for (std::size_t i = 0; i < data.tombstones.size(); ++i) {
      sink.tombstone(data.tombstones[i], "tombstone " + std::to_string(i + 1));
    }
  };
  // No day is too late here: the caller has checked the data against its own today.
  auto outcome = import(feed, zone, domain::Day::max(), logged_at);
  if (!outcome.problems.empty()) throw UserError(transfer::problems_message("the data", outcome.problems));
  return outcome.counts;
}

}  // namespace backcare::store

// Tags (issue 29): a day's tags are entries of their own (day_tag); an entry's are a column of it.
#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <map>
#include <optional>

#include "domain/tags.hpp"
#include "store/clock.hpp"
#include "store/entry_deletes.hpp"
#include "store/entry_inserts.hpp"
#include "store/entry_kinds.hpp"
#include "store/rows.hpp"
#include "store/store.hpp"
#include "store/undo_steps.hpp"
#include "store/write_step.hpp"

namespace backcare::store {
namespace {

using Kind = domain::EntryId::Kind;

bool day_has_tag(SQLite::Database& db, const domain::DayTag& tag) {
  SQLite::Statement query(db, "SELECT 1 FROM day_tag WHERE day = ? AND slug = ?");
  query.bind(1, domain::format_iso(tag.day));
  query.bind(2, tag.slug);
  return query.executeStep();
}

/// `tags` without any of `slugs`.
std::vector<std::string> without(std::vector<std::string> tags, const std::vector<std::string>& slugs) {
  std::erase_if(tags, [&](const std::string& tag) { return std::find(slugs.begin(), slugs.end(), tag) != slugs.end(); });
  return tags;
}

/// Takes `slugs` out of the tags of `day`'s entries of `kind` (pain or done), each kept for undo first as
/// an edit keeps it; returns how many changed.
int untag_entries(SQLite::Database& db, Kind kind, domain::Day day, const std::vector<std::string>& slugs,
                  std::int64_t action) {
  const std::string table = entry_table(kind);
  SQLite::Statement query(db, "SELECT id, tags FROM " + table + " WHERE day = ? AND tags != '' ORDER BY id");
  query.bind(1, domain::format_iso(day));
  std::vector<std::pair<std::int64_t, std::vector<std::string>>> changed;
  while (query.executeStep()) {
    const auto tags = stored_tags(query.getColumn(1));
    auto kept = without(tags, slugs);
    if (kept.size() != tags.size()) changed.emplace_back(query.getColumn(0).getInt64(), std::move(kept));
  }
  for (const auto& [id, tags] : changed) {
    keep_entry_before(db, {kind, id}, action);
    SQLite::Statement update(db, "UPDATE " + table + " SET tags = ?, " + kVersionNow + " WHERE id = ?");
    update.bind(1, domain::format_tags(tags));
    update.bind(2, id);
    update.exec();
  }
  return int(changed.size());
}

/// Deletes `day`'s tags of `slugs`, each kept for undo and leaving a tombstone, as delete does.
int delete_day_tags(SQLite::Database& db, domain::Day day, const std::vector<std::string>& slugs, std::int64_t action,
                    const std::string& logged_at) {
  std::vector<std::int64_t> ids;
  for (const auto& slug : slugs) {
    SQLite::Statement query(db, "SELECT id FROM day_tag WHERE day = ? AND slug = ? ORDER BY id");
    query.bind(1, domain::format_iso(day));
    query.bind(2, slug);
    while (query.executeStep()) ids.push_back(query.getColumn(0).getInt64());
  }
  EntryDeletes deletes(db, action, logged_at);
  int deleted = 0;
  for (const auto id : ids) {
    if (deletes.remove({Kind::tag, id})) ++deleted;
  }
  return deleted;
}

}  // namespace

DayTagsAdded Store::add_day_tags(const std::vector<domain::DayTag>& tags) {
  DayTagsAdded result;
  WriteStep step(*db_);
  std::optional<std::int64_t> action;
  EntryInserts inserts(*db_);
  for (const auto& tag : tags) {
    if (day_has_tag(*db_, tag)) {
      result.already.push_back(tag.slug);
      continue;
    }
    if (!action) action = record_action("tag", tag.logged_at);
    inserts.add(tag, *action);
    result.made.push_back({Kind::tag, db_->getLastInsertRowid()});
    result.added.push_back(tag.slug);
  }
  step.commit();
  return result;
}

int Store::remove_tags(domain::Day day, const std::vector<std::string>& slugs, const std::string& logged_at) {
  WriteStep step(*db_);
  const auto action = record_action("untag", logged_at);
  const int changed = delete_day_tags(*db_, day, slugs, action, logged_at) +
                      untag_entries(*db_, Kind::pain, day, slugs, action) +
                      untag_entries(*db_, Kind::done, day, slugs, action);
  // Nothing to take off: no undo step either.
  if (changed > 0) step.commit();
  return changed;
}

std::vector<domain::DayTag> Store::day_tags_between(domain::DateRange range) const {
  SQLite::Statement query(*db_, std::string("SELECT ") + kDayTagColumns +
                                    " FROM day_tag WHERE day >= ? AND day < ? ORDER BY day, time IS NULL, time, id");
  bind_range(query, range);
  std::vector<domain::DayTag> found;
  while (query.executeStep()) found.push_back(day_tag_row(query));
  return found;
}

std::vector<std::string> Store::tags_on(domain::Day day) const {
  std::vector<std::string> found;
  const auto add = [&found](std::vector<std::string> tags) {
    for (auto& tag : tags) {
      if (std::find(found.begin(), found.end(), tag) == found.end()) found.push_back(std::move(tag));
    }
  };
  const domain::DateRange range{day, day + date::days{1}};
  for (const auto& entry : pain_between(range)) add(entry.tags);
  for (const auto& done : completions_between(range)) add(done.tags);
  for (const auto& tag : day_tags_between(range)) add({tag.slug});
  std::sort(found.begin(), found.end());
  return found;
}

std::vector<std::string> Store::tags_in_use() const {
  std::vector<std::string> found;
  for (auto& [tag, days] : tag_days(std::nullopt)) found.push_back(tag);
  return found;
}

std::map<std::string, int> Store::tag_days(std::optional<domain::DateRange> range) const {
  // An entry's tags are a list in one column: split by a recursive query, so only (day, tag) pairs
  // come back, each counted once a day.
  const std::string within = range ? " AND day >= ?1 AND day < ?2" : "";
  SQLite::Statement query(*db_, R"(
    WITH RECURSIVE lists(day, rest) AS (
      SELECT day, tags || ' ' FROM pain WHERE tags != '')" + within + R"(
      UNION ALL SELECT day, tags || ' ' FROM completion WHERE tags != '')" + within + R"(),
    split(day, tag, rest) AS (
      SELECT day, '', rest FROM lists
      UNION ALL SELECT day, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1) FROM split
      WHERE rest != ''),
    pairs(day, tag) AS (
      SELECT day, tag FROM split WHERE tag != '' UNION SELECT day, slug FROM day_tag WHERE 1)" + within + R"()
    SELECT tag, count(*) FROM pairs GROUP BY tag ORDER BY tag)");
  if (range) bind_range(query, *range);
  std::map<std::string, int> found;
  while (query.executeStep()) found[query.getColumn(0).getString()] = query.getColumn(1).getInt();
  return found;
}

}  // namespace backcare::store

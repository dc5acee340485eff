#include "store/catalogue_sync.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <string>
#include <vector>

namespace backcare::store {
namespace {

std::string synced_hash(SQLite::Database& db) {
  SQLite::Statement query(db, "SELECT value FROM meta WHERE key = 'content_hash'");
  return query.executeStep() ? query.getColumn(0).getString() : std::string{};
}

/// An article routine that left the content is retired, not deleted: its history stays whole.
void retire_removed(SQLite::Database& db, const content::Content& content) {
  SQLite::Statement article(db, "SELECT slug FROM routine WHERE source = 'article' AND retired = 0");
  std::vector<std::string> removed;
  while (article.executeStep()) {
    std::string slug = article.getColumn(0).getString();
    if (content.find(slug) == nullptr) removed.push_back(std::move(slug));
  }
  SQLite::Statement retire(db, "UPDATE routine SET retired = 1 WHERE slug = ?");
  for (const auto& slug : removed) {
    retire.bind(1, slug);
    retire.exec();
    retire.reset();
  }
}

}  // namespace

bool catalogue_current(SQLite::Database& db, const content::Content& content) { return synced_hash(db) == content.hash; }

void sync_catalogue(SQLite::Database& db, const content::Content& content) {
  if (synced_hash(db) == content.hash) return;
  SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
  if (synced_hash(db) == content.hash) return;  // another process synced while this one waited
  SQLite::Statement upsert(db,
                           "INSERT INTO routine (slug, name, kind, dose, source, position, retired) "
                           "VALUES (?, ?, ?, ?, 'article', ?, 0) "
                           "ON CONFLICT (slug) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
                           "dose = excluded.dose, source = 'article', position = excluded.position");
  for (const auto& routine : content.routines) {
    upsert.bind(1, routine.slug);
    upsert.bind(2, routine.name);
    upsert.bind(3, routine.kind);
    upsert.bind(4, routine.dose);
    upsert.bind(5, routine.order);
    upsert.exec();
    upsert.reset();
  }
  retire_removed(db, content);
  SQLite::Statement remember(db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('content_hash', ?)");
  remember.bind(1, content.hash);
  remember.exec();
  transaction.commit();
}

}  // namespace backcare::store

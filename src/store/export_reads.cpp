#include <SQLiteCpp/Database.h>

#include <optional>

#include "domain/errors.hpp"
#include "store/check.hpp"
#include "store/rows.hpp"
#include "store/store.hpp"

namespace backcare::store {
namespace {

// Each table is read already in export order (domain::export_order on the fields an export writes: a
// number compares as its text, a NULL as ""), so the tables are merged as they are read: nothing is sorted
// or held, and an export of a million entries needs no more memory than one of ten.
constexpr const char* kPainExportOrder =
    " ORDER BY day, logged_at, CAST(level AS TEXT), note, regions, tags, ifnull(time, ''), uuid";
/// A sign's field as the export writes it: "slug" or "slug:side" (domain::format_place).
constexpr const char* kSignExportOrder =
    " ORDER BY day, logged_at, note, slug || CASE WHEN side = '' THEN '' ELSE ':' || side END, ifnull(time, ''), uuid";
constexpr const char* kCompletionExportOrder =
    " ORDER BY c.day, c.logged_at, r.slug, ifnull(CAST(c.reps AS TEXT), ''), ifnull(CAST(c.minutes AS TEXT), ''),"
    " c.note, c.tags, ifnull(c.time, ''), c.uuid";
constexpr const char* kDayTagExportOrder = " ORDER BY day, logged_at, slug, ifnull(time, ''), uuid";

/// One table's rows in export order, one at a time, read with the table's own mapper, so an export holds
/// exactly what the diary's other reads see.
class ExportCursor {
 public:
  using Read = domain::EntryRow (*)(const SQLite::Statement&);
  ExportCursor(SQLite::Database& db, const std::string& query, Read read, std::optional<domain::DateRange> range)
      : select_(db, query), read_(read) {
    if (range) bind_range(select_, *range);
    next();
  }
  const std::optional<domain::EntryRow>& row() const { return row_; }
  void next() {
    std::optional<domain::EntryRow> previous = std::move(row_);
    row_.reset();
    if (!select_.executeStep()) return;
    row_ = read_(select_);
    // Rows out of order could no longer be sorted without holding them all: a wrong order is a bug to
    // stop at, not an export to write differently from the last.
    if (previous && domain::export_order(*row_, *previous)) {
      throw StorageError("the diary's entries were not read in export order; nothing more was written");
    }
  }

 private:
  SQLite::Statement select_;
  Read read_;
  std::optional<domain::EntryRow> row_;
};

/// The identity columns every export query selects after its row's own, and where they start.
constexpr const char* kPainIdentity = ", uuid, stamp, device";
constexpr const char* kCompletionIdentity = ", c.uuid, c.stamp, c.device";
constexpr int kPainIdentityAt = 8, kCompletionIdentityAt = 9, kSignIdentityAt = 7, kDayTagIdentityAt = 5;

domain::EntryRow with_identity(domain::EntryRow row, const SQLite::Statement& query, int at) {
  row.identity = {query.getColumn(at).getString(),
                  {query.getColumn(at + 1).getString(), query.getColumn(at + 2).getString()}};
  return row;
}

domain::EntryRow pain_export_row(const SQLite::Statement& row) {
  return with_identity(domain::row_of(pain_row(row)), row, kPainIdentityAt);
}
domain::EntryRow done_export_row(const SQLite::Statement& row) {
  return with_identity(domain::row_of(completion_row(row)), row, kCompletionIdentityAt);
}
domain::EntryRow sign_export_row(const SQLite::Statement& row) {
  return with_identity(domain::row_of(sign_row(row)), row, kSignIdentityAt);
}
domain::EntryRow day_tag_export_row(const SQLite::Statement& row) {
  return with_identity(domain::row_of(day_tag_row(row)), row, kDayTagIdentityAt);
}

/// " WHERE day >= ?1 AND day < ?2" for `range`, bound by bind_range; "" for every day. Numbered, so a
/// statement that counts four tables binds the two days once.
std::string days_in(const char* column, std::optional<domain::DateRange> range) {
  return range ? std::string(" WHERE ") + column + " >= ?1 AND " + column + " < ?2" : "";
}

/// A collector for read_all.
class EntryList final : public domain::EntrySink {
 public:
  explicit EntryList(std::vector<domain::EntryRow>& rows) : rows_(rows) {}
  void entry(const domain::EntryRow& row) override { rows_.push_back(row); }

 private:
  std::vector<domain::EntryRow>& rows_;
};

}  // namespace

domain::DiaryExport Store::read_export_extras() const {
  refuse_if_damaged(*db_, db_->getFilename());
  domain::DiaryExport data;
  for (auto& routine : routines(true)) {
    if (!routine.from_article) data.routines.push_back(std::move(routine));
  }
  SQLite::Statement routine_versions(*db_, "SELECT slug, stamp, device FROM routine WHERE source = 'user'");
  std::map<std::string, domain::Version> by_slug;
  while (routine_versions.executeStep()) {
    by_slug[routine_versions.getColumn(0).getString()] = {routine_versions.getColumn(1).getString(),
                                                         routine_versions.getColumn(2).getString()};
  }
  for (auto& routine : data.routines) routine.version = by_slug[routine.slug];
  data.settings = setting_values();
  SQLite::Statement setting_versions(*db_, "SELECT key, stamp, device FROM setting");
  while (setting_versions.executeStep()) {
    data.setting_versions[setting_versions.getColumn(0).getString()] = {setting_versions.getColumn(1).getString(),
                                                                        setting_versions.getColumn(2).getString()};
  }
  // Only what travels: no short id, no moment of deletion here, no action.
  SQLite::Statement tombstones(*db_, "SELECT kind, uuid, stamp, device FROM tombstone ORDER BY kind, uuid");
  while (tombstones.executeStep()) {
    data.tombstones.push_back({tombstones.getColumn(0).getString(), tombstones.getColumn(1).getString(),
                               {tombstones.getColumn(2).getString(), tombstones.getColumn(3).getString()}});
  }
  return data;
}

std::size_t Store::count_entries(std::optional<domain::DateRange> range) const {
  const auto days = days_in("day", range);
  SQLite::Statement count(*db_, "SELECT (SELECT count(*) FROM pain" + days + ") + (SELECT count(*) FROM " + kCompletionTables + days_in("c.day", range) +
                                    ") + (SELECT count(*) FROM sign" + days + ") + (SELECT count(*) FROM day_tag" + days + ")");
  if (range) bind_range(count, *range);
  count.executeStep();
  return std::size_t(count.getColumn(0).getInt64());
}

void Store::export_entries(domain::EntrySink& sink, std::optional<domain::DateRange> range) const {
  const auto days = days_in("day", range);
  ExportCursor pain(*db_, std::string("SELECT ") + kPainColumns + kPainIdentity + " FROM pain" + days + kPainExportOrder,
                    pain_export_row, range);
  ExportCursor done(*db_,
                    std::string("SELECT ") + kCompletionColumns + kCompletionIdentity + " FROM " + kCompletionTables +
                        days_in("c.day", range) + kCompletionExportOrder,
                    done_export_row, range);
  ExportCursor signs(*db_, std::string("SELECT ") + kSignColumns + kPainIdentity + " FROM sign" + days + kSignExportOrder,
                     sign_export_row, range);
  ExportCursor tags(*db_,
                    std::string("SELECT ") + kDayTagColumns + kPainIdentity + " FROM day_tag" + days + kDayTagExportOrder,
                    day_tag_export_row, range);
  // Each step writes the least of the current rows; on a tie (never: the kinds differ) the earlier
  // cursor's, as std::merge does.
  ExportCursor* const cursors[] = {&pain, &done, &signs, &tags};
  for (;;) {
    ExportCursor* first = nullptr;
    for (auto* cursor : cursors) {
      if (cursor->row() && (!first || domain::export_order(*cursor->row(), *first->row()))) first = cursor;
    }
    if (!first) break;
    sink.entry(*first->row());
    first->next();
  }
}

domain::DiaryExport Store::read_all() const {
  auto data = read_export_extras();
  EntryList list(data.entries);
  export_entries(list);
  return data;
}

}  // namespace backcare::store

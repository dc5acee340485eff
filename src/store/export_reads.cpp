#include <SQLiteCpp/Database.h>

#include <optional>

#include "domain/errors.hpp"
#include "store/check.hpp"
#include "store/rows.hpp"
#include "store/store.hpp"

namespace backcare::store {
namespace {

// Each table is read already in export order (domain::export_order on the fields an export writes: a
// number compares as its text, a NULL as ""), so the three are merged as they are read: nothing is sorted
// or held, and an export of a million entries needs no more memory than one of ten.
constexpr const char* kPainExportOrder =
    " ORDER BY day, logged_at, CAST(level AS TEXT), note, regions, ifnull(time, '')";
/// A sign's field as the export writes it: "slug" or "slug:side" (domain::format_place).
constexpr const char* kSignExportOrder =
    " ORDER BY day, logged_at, note, slug || CASE WHEN side = '' THEN '' ELSE ':' || side END, ifnull(time, '')";
constexpr const char* kCompletionExportOrder =
    " ORDER BY c.day, c.logged_at, r.slug, ifnull(CAST(c.reps AS TEXT), ''), ifnull(CAST(c.minutes AS TEXT), ''),"
    " c.note, ifnull(c.time, '')";

/// One table's rows in export order, one at a time, read with the table's own mapper, so an export holds
/// exactly what the diary's other reads see.
class ExportCursor {
 public:
  using Read = domain::EntryRow (*)(const SQLite::Statement&);
  ExportCursor(SQLite::Database& db, const std::string& query, Read read) : select_(db, query), read_(read) {
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

domain::EntryRow pain_export_row(const SQLite::Statement& row) { return domain::row_of(pain_row(row)); }
domain::EntryRow done_export_row(const SQLite::Statement& row) { return domain::row_of(completion_row(row)); }
domain::EntryRow sign_export_row(const SQLite::Statement& row) { return domain::row_of(sign_row(row)); }

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
  data.settings = setting_values();
  return data;
}

std::size_t Store::count_entries() const {
  SQLite::Statement count(*db_, std::string("SELECT (SELECT count(*) FROM pain) + (SELECT count(*) FROM ") +
                                    kCompletionTables + ") + (SELECT count(*) FROM sign)");
  count.executeStep();
  return std::size_t(count.getColumn(0).getInt64());
}

void Store::export_entries(domain::EntrySink& sink) const {
  ExportCursor pain(*db_, std::string("SELECT ") + kPainColumns + " FROM pain" + kPainExportOrder, pain_export_row);
  ExportCursor done(
      *db_, std::string("SELECT ") + kCompletionColumns + " FROM " + kCompletionTables + kCompletionExportOrder,
      done_export_row);
  ExportCursor signs(*db_, std::string("SELECT ") + kSignColumns + " FROM sign" + kSignExportOrder, sign_export_row);
  // Each step writes the least of the three current rows; on a tie (never: the kinds differ) the
  // earlier cursor's, as std::merge does.
  ExportCursor* const cursors[] = {&pain, &done, &signs};
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

#include "store/import_sink.hpp"

#include "domain/inputs.hpp"
#include "store/staged_tables.hpp"
#include "transfer/row_checks.hpp"

namespace backcare::store {
namespace {

// Far beyond any diary's own routines and settings (a few, or tens), yet bounding what a file can make
// import keep in memory: each of the two is kept whole until the end.
constexpr std::size_t kMaxRoutines = 1000;
constexpr std::size_t kMaxSettings = 1000;

/// A routine of hers that a CSV file's rows name: all the file says of it is its slug. Of kind exercise,
/// the careful choice: an exercise is not suggested while the red flags are due, until she says otherwise.
domain::Routine routine_named_after(const std::string& slug) {
  domain::Routine routine;
  routine.slug = slug;
  routine.name = slug;
  routine.kind = "exercise";
  routine.from_article = false;
  return routine;
}

/// A merge keeps the later version of each row: one without its identity cannot be compared.
domain::Problem missing_identity(const std::string& place, const char* field) {
  return {place, field, "missing: merge takes a JSON export of format_version 4 or 5, whose every row has its identity "
                        "('backcare import' takes older files)"};
}

SQLite::Database& with_slug_table(SQLite::Database& db) {
  db.exec("CREATE TEMP TABLE import_slug (place TEXT NOT NULL, slug TEXT NOT NULL, rank INTEGER NOT NULL)");
  return db;
}

SQLite::Database& with_tombstone_table(SQLite::Database& db) {
  db.exec("CREATE TEMP TABLE import_tombstone (kind TEXT NOT NULL, uuid TEXT NOT NULL, stamp TEXT NOT NULL, "
          "device TEXT NOT NULL)");
  return db;
}

}  // namespace

ImportSink::ImportSink(SQLite::Database& db, std::set<std::string> diary_slugs, const domain::EntryPlaceKinds& kinds,
                       domain::Day today, StagedEntries& staged, bool make_routines, bool require_identity)
    : kinds_(kinds),
      today_(today),
      staged_(staged),
      diary_slugs_(std::move(diary_slugs)),
      make_routines_(make_routines),
      require_identity_(require_identity),
      db_(db),
      note_slug_(with_slug_table(db), "INSERT INTO temp.import_slug (place, slug, rank) VALUES (?, ?, ?)"),
      stage_tombstone_(with_tombstone_table(db),
                       "INSERT INTO temp.import_tombstone (kind, uuid, stamp, device) VALUES (?, ?, ?, ?)") {}

void ImportSink::entry(domain::EntryRow row, std::string place) {
  found_.clear();
  std::size_t slug_at = 0;
  transfer::check_entry_but_slug(row, place, kinds_, found_, slug_at);
  transfer::check_entry_day(row, place, today_, found_);
  if (require_identity_ && row.identity.uuid.empty()) found_.push_back(missing_identity(place, "uuid"));
  // Noted even past the first problem, so that the count of problems is the whole file's.
  const bool note = row.kind == "done" && !row.routine.empty() && !diary_slugs_.contains(row.routine);
  for (std::size_t i = 0; i <= found_.size(); ++i) {
    if (note && i == slug_at) note_slug(place, row.routine);
    if (i < found_.size()) problems_.add(std::move(found_[i]));
  }
  if (problems_.empty()) staged_.add(row);
}

void ImportSink::note_slug(const std::string& place, const std::string& slug) {
  note_slug_.bind(1, place);
  note_slug_.bind(2, slug);
  note_slug_.bind(3, static_cast<std::int64_t>(problems_.reserve_rank()));
  note_slug_.exec();
  note_slug_.reset();
}

void ImportSink::routine(domain::Routine routine, std::string place) {
  if (++routines_read_ > kMaxRoutines) {
    if (routines_read_ == kMaxRoutines + 1) {
      problems_.add({place, "slug", "more than " + std::to_string(kMaxRoutines) +
                                        " routines in the file: accepted up to " + std::to_string(kMaxRoutines)});
    }
    return;
  }
  found_.clear();
  transfer::check_routine(routine, place, found_);
  if (require_identity_ && routine.version.stamp.empty()) found_.push_back(missing_identity(place, "stamp"));
  if (domain::is_routine_slug(routine.slug)) file_slugs_.insert(routine.slug);
  for (auto& problem : found_) problems_.add(std::move(problem));
  if (found_.empty()) routines_.push_back(std::move(routine));
}

void ImportSink::tombstone(domain::Tombstone tombstone, std::string place) {
  ++tombstones_read_;
  found_.clear();
  transfer::check_tombstone(tombstone, place, found_);
  for (auto& problem : found_) problems_.add(std::move(problem));
  if (!problems_.empty()) return;
  stage_tombstone_.bind(1, tombstone.kind);
  stage_tombstone_.bind(2, tombstone.key);
  stage_tombstone_.bind(3, tombstone.version.stamp);
  stage_tombstone_.bind(4, tombstone.version.device);
  stage_tombstone_.exec();
  stage_tombstone_.reset();
}

void ImportSink::setting(std::string key, std::string value, domain::Version version) {
  if (settings_.size() >= kMaxSettings && !settings_.contains(key)) {
    if (!too_many_settings_) {
      problems_.add({"settings", "keys", "more than " + std::to_string(kMaxSettings) + ": accepted up to " +
                                             std::to_string(kMaxSettings)});
    }
    too_many_settings_ = true;
    return;
  }
  found_.clear();
  transfer::check_version(version, "setting " + domain::quote_for_message(key), found_);
  if (require_identity_ && version.stamp.empty()) {
    found_.push_back(missing_identity("setting " + domain::quote_for_message(key), "stamp"));
  }
  for (auto& problem : found_) problems_.add(std::move(problem));
  if (!version.stamp.empty()) setting_versions_[key] = std::move(version);
  settings_[key] = std::move(value);  // the last of a key given twice, as the whole-file readers kept it
}

transfer::ProblemList ImportSink::finish() {
  if (refusal_) {
    problems_.replace_all(std::move(*refusal_));
    return std::move(problems_);
  }
  for (auto& [key, value] : settings_) {
    found_.clear();
    if (auto stored = transfer::check_setting(key, value, today_, found_)) value = *stored;
    for (auto& problem : found_) problems_.add(std::move(problem));
  }
  check_slugs();
  return std::move(problems_);
}

void ImportSink::check_slugs() {
  SQLite::Statement noted(db_, "SELECT place, slug, rank FROM temp.import_slug ORDER BY rowid");
  while (noted.executeStep()) {
    const std::string slug = noted.getColumn(1).getString();
    if (file_slugs_.contains(slug)) continue;
    if (make_routines_ && domain::is_routine_slug(slug)) {
      routines_.push_back(routine_named_after(slug));
      file_slugs_.insert(slug);  // once, however many rows name it
      from_slugs_.push_back(slug);
      continue;
    }
    problems_.add(transfer::unknown_routine(noted.getColumn(0).getString(), slug),
                  std::size_t(noted.getColumn(2).getInt64()));
  }
  db_.exec("DROP TABLE temp.import_slug");
}

int add_tombstones(SQLite::Database& db, std::int64_t action, const std::string& logged_at) {
  // A row held here, or a tombstone of it, is the diary's own business: applying a newer version is merge's.
  SQLite::Statement add(db, R"(INSERT INTO main.tombstone (kind, uuid, id, stamp, device, deleted_at, action)
    SELECT kind, uuid, NULL, max(stamp), device, ?, ? FROM temp.import_tombstone AS t
    WHERE NOT EXISTS (SELECT 1 FROM main.tombstone AS m WHERE m.kind = t.kind AND m.uuid = t.uuid)
      AND )" + std::string(kTombstoneNotHeld) + " GROUP BY kind, uuid");
  add.bind(1, logged_at);
  add.bind(2, action);
  const int added = add.exec();
  db.exec("DROP TABLE temp.import_tombstone");
  return added;
}

}  // namespace backcare::store

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "store/backup.hpp"
#include "store/store.hpp"
#include "support/fixtures.hpp"
#include "support/temp_dir.hpp"

using namespace backcare;
using backcare::fixtures::pain_entry;

namespace {

/// A temporary directory holding a file diary with one pain entry.
class FileDiary : public fixtures::TempDirTest {
 protected:
  void SetUp() override {
    TempDirTest::SetUp();
    db_ = dir_ / "backcare.db";
  }

  store::Store open() { return store::Store::open_file(db_, content::Content{}); }

  static domain::PainEntry pain(int level) { return pain_entry(domain::Day{date::year{2026} / 11 / 26}, level); }

  /// A second connection to the diary, for what the store keeps to itself: its internal copy, and
  /// damage no store method would write.
  SQLite::Database raw() const { return SQLite::Database(db_.string(), SQLite::OPEN_READWRITE); }

  static unsigned mode_of(const std::filesystem::path& path) {
    struct stat info {};
    ::stat(path.c_str(), &info);
    return info.st_mode & 0777;
  }

  static std::size_t pain_count(const std::filesystem::path& path) {
    auto copy = store::Store::open_file(path, content::Content{});
    return copy.pain_between({domain::Day{date::year{2026} / 1 / 1}, domain::Day{date::year{2027} / 1 / 1}}).size();
  }

  /// Replaces the diary with one at schema `version`, built with the migrations up to it alone, as an
  /// older backcare, or a run killed between two migrations, left it.
  void write_diary_at(int version) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_.string() + suffix);
    std::string sql;
    for (const auto& migration : content::migrations()) {
      if (migration.version <= version) sql += std::string(migration.sql) + ";\n";
    }
    sql += "PRAGMA application_id = 1111703890; PRAGMA user_version = " + std::to_string(version) + ";";
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }

  static int version_of(const std::filesystem::path& path) {
    return SQLite::Database(path.string(), SQLite::OPEN_READONLY).execAndGet("PRAGMA user_version").getInt();
  }

  std::filesystem::path db_;
};

}  // namespace

TEST_F(FileDiary, CopyIsPrivateCompleteAndLeavesNoTemporaryFile) {
  auto store = open();
  store.add_pain(pain(4));
  const auto copy = dir_ / "copy.db";
  EXPECT_GT(store.backup_to(copy), 0u);
  EXPECT_EQ(mode_of(copy), 0600u);
  EXPECT_EQ(pain_count(copy), 1u);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir_)) ++files;
  EXPECT_EQ(files, 4u);  // the diary, its -wal and -shm, the copy
}

TEST_F(FileDiary, CopyBeforeMigrationGoesBesideTheDiary) {
  auto store = open();
  store.add_pain(pain(4));
  auto db = raw();
  const auto copy = store::copy_before_migration(db, 2);
  EXPECT_EQ(copy, dir_ / "backcare.db.before-v2.bak");
  EXPECT_EQ(mode_of(copy), 0600u);
  store.add_pain(pain(5));
  EXPECT_EQ(store::copy_before_migration(db, 2), copy);  // the first copy is kept
  EXPECT_EQ(pain_count(copy), 1u);
}

TEST_F(FileDiary, InMemoryDiaryIsNotCopied) {
  SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  EXPECT_EQ(store::copy_before_migration(memory, 2), std::filesystem::path{});
}

TEST_F(FileDiary, OpeningADiaryWithAPendingMigrationCopiesItFirst) {
  const auto migrations = content::migrations();
  if (migrations.size() < 2) GTEST_SKIP() << "only one schema migration exists: nothing can be pending yet";
  write_diary_at(1);
  open();
  const auto copy = store::pre_migration_copy_path(db_, migrations.back().version);
  ASSERT_TRUE(std::filesystem::exists(copy));
  EXPECT_EQ(version_of(copy), 1);
}

TEST_F(FileDiary, ARunAfterOneKilledBetweenMigrationsKeepsTheFirstCopy) {
  const auto migrations = content::migrations();
  if (migrations.size() < 3) GTEST_SKIP() << "fewer than three schema migrations: none can be half done";
  write_diary_at(1);
  open();
  // Killed after the second migration committed: the next run finds the diary at version 2.
  write_diary_at(2);
  open();
  EXPECT_EQ(version_of(store::pre_migration_copy_path(db_, migrations.back().version)), 1);
}

TEST_F(FileDiary, UpToDateDiaryIsNotCopied) {
  open().add_pain(pain(4));
  open();
  for (const auto& entry : std::filesystem::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().string().find(".bak"), std::string::npos) << entry.path();
  }
}

TEST_F(FileDiary, CheckFindsASoundDiarySound) {
  auto store = open();
  store.add_pain(pain(4));
  const auto findings = store.check();
  EXPECT_TRUE(findings.ok());
  EXPECT_EQ(findings.integrity, std::vector<std::string>{"ok"});
}

TEST_F(FileDiary, CheckReportsARowPointingNowhere) {
  auto store = open();
  auto db = raw();
  db.exec("PRAGMA foreign_keys = OFF");
  db.exec("INSERT INTO completion (day, time, logged_at, routine_id, stamp, device) "
          "VALUES ('2026-11-26', '09:00', 'x', 99, '0000000000000-0000', 'ab')");
  const auto findings = store.check();
  EXPECT_FALSE(findings.ok());
  EXPECT_EQ(findings.foreign_keys, std::vector<std::string>{"completion row 1 points at a routine that is not there"});
}

TEST_F(FileDiary, SchemaThreeKeepsTheTimesOfAVersionTwoDiaryAndAllowsEntriesWithout) {
  // A diary at version 2 with one entry of each kind, as the last backcare left it.
  const auto migrations = content::migrations();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  const std::string sql = std::string(migrations[0].sql) + ";" + std::string(migrations[1].sql) +
                          "; INSERT INTO routine VALUES (1, 'back-rub', 'Back rub', 'massage', '', 'article', 2, 0);"
                          "INSERT INTO pain (day, time, logged_at, level) VALUES ('2026-11-25', '21:00', "
                          "'2026-11-25T21:00:00Z', 6);"
                          "INSERT INTO completion (day, time, logged_at, routine_id) VALUES ('2026-11-25', '21:05', "
                          "'2026-11-25T21:05:00Z', 1);"
                          "PRAGMA application_id = 1111703890; PRAGMA user_version = 2;";
  ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
  auto store = store::Store::open_file(db_, fixtures::content_with({"back-rub"}));
  const domain::DateRange day{domain::Day{date::year{2026} / 11 / 25}, domain::Day{date::year{2026} / 11 / 26}};
  ASSERT_EQ(store.pain_between(day).size(), 1u);
  EXPECT_EQ(store.pain_between(day)[0].time, "21:00");
  EXPECT_EQ(store.completions_between(day).at(0).time, "21:05");
  // A back-filled entry without a clock time, and the roll-ups still kept by the rebuilt tables' triggers.
  auto entry = fixtures::pain_entry(day.begin, 8);
  entry.time.clear();
  store.add_pain(entry);
  EXPECT_EQ(store.pain_between(day).at(1).time, "");
  const auto daily = store.daily_pain(day);
  ASSERT_EQ(daily.size(), 1u);
  EXPECT_EQ(daily[0].entries, 2);
  EXPECT_EQ(daily[0].max, 8);
  EXPECT_EQ(store.daily_completions(day).at(0).count, 1);
  EXPECT_TRUE(store.check().ok());
}

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include "store/store.hpp"
#include "support/temp_dir.hpp"

using namespace backcare;

namespace {

/// A diary as backcare left it at schema 3: one `pain` command with its entry, linked by action_id, and
/// one setting.
class OlderDiary : public fixtures::TempDirTest {
 protected:
  void SetUp() override {
    TempDirTest::SetUp();
    db_ = dir_ / "backcare.db";
    std::string sql;
    for (const auto& migration : content::migrations()) {
      if (migration.version <= 3) sql += std::string(migration.sql) + ";\n";
    }
    sql += "INSERT INTO action (id, command, logged_at) VALUES (1, 'pain', '2026-11-26T08:00:00Z');"
           "INSERT INTO pain (day, time, logged_at, level, note, action_id) "
           "VALUES ('2026-11-26', '08:00', '2026-11-26T08:00:00Z', 6, '', 1);"
           "INSERT INTO setting (key, value) VALUES ('birth-type', 'caesarean');"
           "PRAGMA application_id = 1111703890; PRAGMA user_version = 3;";
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
    // As backcare runs: foreign keys on, so a migration that forgot to switch them off would show here.
    ASSERT_EQ(sqlite3_exec(db, ("PRAGMA foreign_keys = ON;" + sql).c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db);
    sqlite3_close(db);
  }

  std::filesystem::path db_;
};

}  // namespace

TEST_F(OlderDiary, RebuildingTheActionTableKeepsEachEntryWithItsCommand) {
  auto store = store::Store::open_file(db_, content::Content{});
  EXPECT_TRUE(store.check().ok());
  // Had the rebuild set action_id to NULL, undo would find the command but not its entry.
  const auto undone = store.undo_last();
  ASSERT_TRUE(undone);
  ASSERT_EQ(undone->pain.size(), 1u);
  EXPECT_EQ(undone->pain[0].level, 6);
  EXPECT_FALSE(store.undo_last());
}

TEST_F(OlderDiary, RebuildingTheSettingTableKeepsItsRowsAndTakesTheReminderTimes) {
  auto store = store::Store::open_file(db_, content::Content{});
  store.set_setting("morning", "07:30", "2026-11-26T08:00:00Z");
  const std::map<std::string, std::string> expected{{"birth-type", "caesarean"}, {"morning", "07:30"}};
  EXPECT_EQ(store.setting_values(), expected);
  EXPECT_TRUE(store.check().ok());
}

TEST_F(OlderDiary, RebuildingTheSettingTableAgainTakesTheAnaesthesia) {
  auto store = store::Store::open_file(db_, content::Content{});
  store.set_setting("anaesthesia", "spinal", "2026-11-26T08:00:00Z");
  const std::map<std::string, std::string> expected{{"anaesthesia", "spinal"}, {"birth-type", "caesarean"}};
  EXPECT_EQ(store.setting_values(), expected);
  EXPECT_TRUE(store.check().ok());
}

TEST_F(OlderDiary, AReadMigratesItOnceAsAWriteWould) {
  {
    auto store = store::Store::open_file(db_, content::Content{}, store::Store::Access::read);
    EXPECT_EQ(store.pain_between({domain::Day{date::year{2026} / 11 / 26}, domain::Day{date::year{2026} / 11 / 27}}).size(), 1u);
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* version = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &version, nullptr);
  ASSERT_EQ(sqlite3_step(version), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(version, 0), content::migrations().back().version);
  sqlite3_finalize(version);
  sqlite3_close(db);
}

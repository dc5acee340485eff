#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "domain/entry_rows.hpp"
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

namespace {

/// A diary as backcare left it at schema 7: p1 and p2 logged, p2 deleted (kept for undo in pain_before),
/// p1 edited (its old level kept too), a routine done, a sign, a setting.
class SchemaSevenDiary : public fixtures::TempDirTest {
 protected:
  void SetUp() override {
    TempDirTest::SetUp();
    db_ = dir_ / "backcare.db";
    std::string sql;
    for (const auto& migration : content::migrations()) {
      if (migration.version <= 7) sql += std::string(migration.sql) + ";\n";
    }
    sql += R"(
      INSERT INTO routine (id, slug, name, kind, source, position) VALUES (1, 'knee-hug', 'Knee hug', 'exercise', 'article', 1);
      INSERT INTO action (id, command, logged_at) VALUES (1, 'pain', '2026-11-20T08:00:00Z'),
        (2, 'pain', '2026-11-21T08:00:00Z'), (3, 'done', '2026-11-21T09:00:00Z'), (4, 'sign', '2026-11-22T09:00:00Z'),
        (5, 'delete', '2026-11-23T09:00:00Z'), (6, 'edit', '2026-11-24T09:00:00Z');
      INSERT INTO pain (id, day, time, logged_at, level, note, action_id)
        VALUES (1, '2026-11-20', '08:00', '2026-11-20T08:00:00Z', 5, 'edited', 1);
      INSERT INTO pain_before (action, id, day, time, logged_at, level, note, action_id)
        VALUES (5, 2, '2026-11-21', '08:00', '2026-11-21T08:00:00Z', 7, 'deleted', 2),
               (6, 1, '2026-11-20', '08:00', '2026-11-20T08:00:00Z', 4, 'first', 1);
      INSERT INTO completion (id, day, time, logged_at, routine_id, action_id)
        VALUES (1, '2026-11-21', '09:00', '2026-11-21T09:00:00Z', 1, 3);
      INSERT INTO sign (id, day, time, logged_at, slug, side, action_id)
        VALUES (1, '2026-11-22', '09:00', '2026-11-22T09:00:00Z', 'leg-tingling', 'left', 4);
      INSERT INTO setting (key, value) VALUES ('birth-type', 'caesarean');
      PRAGMA application_id = 1111703890; PRAGMA user_version = 7;)";
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, ("PRAGMA foreign_keys = ON;" + sql).c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db);
    sqlite3_close(db);
  }

  std::filesystem::path db_;
};

}  // namespace

TEST_F(SchemaSevenDiary, EveryRowGetsAUuidAndAStampAndEveryEntryAndItsUndoHistoryStay) {
  auto store = store::Store::open_file(db_, content::Content{});
  EXPECT_TRUE(store.check().ok());
  const auto data = store.read_all();
  ASSERT_EQ(data.entries.size(), 3u);
  std::set<std::string> uuids;
  for (const auto& row : data.entries) {
    EXPECT_TRUE(domain::is_uuid(row.identity.uuid)) << row.identity.uuid;
    uuids.insert(row.identity.uuid);
    // Stamped with the moment each was logged, by this diary's new device.
    const auto stamp = domain::parse_stamp(row.identity.version.stamp);
    ASSERT_TRUE(stamp) << row.identity.version.stamp;
    EXPECT_EQ(stamp->millis, domain::parse_utc_text(row.logged_at)->time_since_epoch().count() * 1000);
    EXPECT_TRUE(domain::is_device(row.identity.version.device));
    EXPECT_EQ(row.identity.version.device, data.entries[0].identity.version.device);
  }
  EXPECT_EQ(uuids.size(), 3u);
  // The undo history: the edit goes back to level 4 under the same UUID, then the delete brings p2 back.
  const auto p1 = data.entries[0].identity.uuid;
  ASSERT_TRUE(store.undo_last());
  EXPECT_EQ(store.pain_entry(1)->level, 4);
  ASSERT_TRUE(store.undo_last());
  ASSERT_TRUE(store.pain_entry(2));
  EXPECT_EQ(store.pain_entry(2)->note, "deleted");
  const auto after = store.read_all();
  ASSERT_EQ(after.entries.size(), 4u);
  EXPECT_NE(std::find_if(after.entries.begin(), after.entries.end(),
                         [&](const auto& row) { return row.identity.uuid == p1 && row.level == "4"; }),
            after.entries.end());
}

TEST_F(SchemaSevenDiary, TheNextIdIsAboveEveryIdEverGivenEvenOneOnlyUndoStillHolds) {
  auto store = store::Store::open_file(db_, content::Content{});
  // p2 lives only in pain_before: the next pain entry is p3, never a second p2.
  const auto made = store.add_pain({0, domain::Day{date::year{2026} / 11 / 25}, "10:00", "2026-11-25T10:00:00Z", 3, "", {}, {}});
  ASSERT_EQ(made.size(), 1u);
  EXPECT_EQ(made[0].row, 3);
}

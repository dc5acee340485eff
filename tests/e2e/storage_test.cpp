// Where the diary lives, its file modes, and the files backcare refuses to touch.
#include <sqlite3.h>
#include <sys/stat.h>

#include <fstream>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

void sql(const std::filesystem::path& path, const std::string& statement) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, statement.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
}

class Storage : public DiaryTest {};

TEST_F(Storage, NewDiaryIsPrivate) {
  const auto nested = dir_ / "a" / "b" / "diary.db";
  const auto result = run_binary({"--db", nested.string(), "pain", "3"}, {{"BACKCARE_TODAY", today_}});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(mode_of(nested), 0600u);
  EXPECT_EQ(mode_of(dir_ / "a"), 0700u);
  EXPECT_EQ(mode_of(dir_ / "a" / "b"), 0700u);
}

TEST_F(Storage, PathComesFromOptionThenEnvironmentThenXdgThenHome) {
  const std::map<std::string, std::string> base{{"BACKCARE_TODAY", today_}, {"HOME", (dir_ / "home").string()}};
  auto env = base;
  ASSERT_EQ(run_binary({"pain", "1"}, env).exit_code, 0);
  EXPECT_TRUE(std::filesystem::exists(dir_ / "home/.local/share/backcare/backcare.db"));
  env["XDG_DATA_HOME"] = (dir_ / "xdg").string();
  ASSERT_EQ(run_binary({"pain", "2"}, env).exit_code, 0);
  EXPECT_TRUE(std::filesystem::exists(dir_ / "xdg/backcare/backcare.db"));
  env["BACKCARE_DB"] = (dir_ / "env.db").string();
  ASSERT_EQ(run_binary({"pain", "3"}, env).exit_code, 0);
  EXPECT_TRUE(std::filesystem::exists(dir_ / "env.db"));
  ASSERT_EQ(run_binary({"pain", "4", "--db", (dir_ / "option.db").string()}, env).exit_code, 0);
  EXPECT_EQ(run_binary({"today", "--json", "--db", (dir_ / "option.db").string()}, env).out.find("\"level\": 4") !=
                std::string::npos,
            true);
}

TEST_F(Storage, DbOptionWorksBeforeAndAfterTheCommand) {
  const std::map<std::string, std::string> env{{"BACKCARE_TODAY", today_}};
  ASSERT_EQ(run_binary({"--db", db_.string(), "pain", "2"}, env).exit_code, 0);
  ASSERT_EQ(run_binary({"pain", "3", "--db", db_.string()}, env).exit_code, 0);
  EXPECT_EQ(run_binary({"history", "--db", db_.string()}, env).out,
            "History 2026-10-28 to 2026-11-26, newest first\nThu 26 Nov 2026\n  p1  12:00  pain 2/10\n  p2  12:00  pain 3/10\n" +
                kHistoryHint);
}

TEST_F(Storage, RefusesAFileThatIsNotSqlite) {
  std::ofstream(db_) << "my shopping list\nmilk\n";
  const auto before = read_file(db_);
  const auto result = run({"pain", "4"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "backcare: error: '" + db_.string() +
                            "' is not a backcare diary (file is not a database); it was left untouched\n");
  EXPECT_EQ(read_file(db_), before);
}

TEST_F(Storage, RefusesAnotherProgramsDatabase) {
  sql(db_, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");
  const auto before = read_file(db_);
  const auto result = run({"pain", "4"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "backcare: error: '" + db_.string() +
                            "' is an SQLite file of another program, not a backcare diary; it was left untouched\n");
  EXPECT_EQ(read_file(db_), before);
}

TEST_F(Storage, RefusesADiaryFromANewerBackcare) {
  ok({"pain", "4"});
  sql(db_, "PRAGMA user_version = 99");
  const auto before = read_file(db_);
  const auto result = run({"today"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "backcare: error: '" + db_.string() +
                            "' was written by a newer backcare (schema 99, this one knows up to 9); it was left "
                            "untouched: update backcare to open it\n");
  EXPECT_EQ(read_file(db_), before);
}

TEST_F(Storage, ReadsLeaveTheFileAsItWas) {
  ok({"pain", "5", "--note", "a"});
  ok({"done", "back-rub"});
  const auto before = read_file(db_);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"today"}, {"week"}, {"trend"}, {"history"}, {"suggest"}, {"export"}, {"check"}}) {
    ok(args);
  }
  EXPECT_EQ(read_file(db_), before);
  for (const char* companion : {"-wal", "-shm", "-journal"}) {
    EXPECT_FALSE(std::filesystem::exists(db_.string() + companion)) << companion;
  }
}

TEST_F(Storage, SchemaRefusesBadRowsEvenFromOutside) {
  ok({"pain", "4"});
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  // Each row is whole but for the one bad value: its version is there, so only the value refuses it.
  const std::string insert = "INSERT INTO pain (day, time, logged_at, level, stamp, device) VALUES ";
  for (const char* bad : {"('2026-11-26', '10:00', 'x', 11, '0000000000000-0000', 'ab')",
                          "('2026-02-30', '10:00', 'x', 5, '0000000000000-0000', 'ab')",
                          "('26/11/2026', '10:00', 'x', 5, '0000000000000-0000', 'ab')",
                          "('2026-11-26', '25:00', 'x', 5, '0000000000000-0000', 'ab')"}) {
    EXPECT_NE(sqlite3_exec(db, (insert + bad).c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << bad;
  }
  const std::string good = insert + "('2026-11-26', '10:00', 'x', 5, '0000000000000-0000', 'ab')";
  EXPECT_EQ(sqlite3_exec(db, good.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
}

TEST_F(Storage, BadTodayOverrideIsRefused) {
  const auto result = run_binary({"--db", db_.string(), "today"}, {{"BACKCARE_TODAY", "26/11/2026"}});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "backcare: error: invalid BACKCARE_TODAY '26/11/2026': accepted YYYY-MM-DD or YYYY-MM-DDTHH:MM\n");
  EXPECT_FALSE(std::filesystem::exists(db_));
}

}  // namespace
}  // namespace backcare::e2e

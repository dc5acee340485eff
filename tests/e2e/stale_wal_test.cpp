// backup --force FILE over a file with a stale -wal: SQLite takes the WAL beside a file as that file's,
// so the next open would replay the old diary's pages onto the new copy. The backup removes it first,
// or refuses when another program still has FILE open.
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

/// Runs `sql` on a connection to `file` in WAL mode that never checkpoints, so its commits stay in the
/// -wal; returns the open connection.
sqlite3* write_into_wal(const std::filesystem::path& file, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open(file.c_str(), &db);
  const auto all = "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; " + sql;
  sqlite3_exec(db, all.c_str(), nullptr, nullptr, nullptr);
  return db;
}

/// Commits that rewrite the schema page and add many more, as a diary's writer did at `file` before it
/// was killed: its -wal is left holding them.
const std::string kOtherDiarysWrites =
    "CREATE TABLE other (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
    "INSERT INTO other SELECT randomblob(3000) FROM n;";

class StaleWal : public DiaryTest {
 protected:
  void SetUp() override {
    DiaryTest::SetUp();
    pain_days("2026-11-20", {4, 5, 6});
    copy_ = dir_ / "copy.db";
    ok({"backup", copy_.string()});  // last week's backup, where this week's goes
  }

  RunResult on_copy(const std::vector<std::string>& args) {
    std::vector<std::string> all{"--db", copy_.string()};
    all.insert(all.end(), args.begin(), args.end());
    return run_binary(all, {{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}});
  }

  std::filesystem::path copy_;
};

TEST_F(StaleWal, AKilledWritersWalIsNotReplayedOntoTheNewBackup) {
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  const pid_t writer = ::fork();
  if (writer == 0) {
    write_into_wal(copy_, kOtherDiarysWrites);
    ::write(ready[1], "x", 1);
    ::pause();  // killed here, its connection open: nothing checkpoints the WAL
  }
  char done = 0;
  ASSERT_EQ(::read(ready[0], &done, 1), 1);
  ::kill(writer, SIGKILL);
  ::waitpid(writer, nullptr, 0);
  ASSERT_GT(std::filesystem::file_size(copy_.string() + "-wal"), 100000u);

  ok({"pain", "7", "--note", "after last week's backup"});
  EXPECT_EQ(ok({"backup", copy_.string(), "--force"}).find("backcare: error"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(copy_.string() + "-wal"));
  const auto made = read_file(copy_);
  const auto check = on_copy({"check"});
  EXPECT_EQ(check.out, "integrity: ok\nforeign keys: ok\n") << check.err;
  EXPECT_EQ(on_copy({"history", "--from", "2026-01-01"}).out, ok({"history", "--from", "2026-01-01"}));
  // Reads change no page: with the old WAL beside it, closing would have written its pages in.
  EXPECT_TRUE(read_file(copy_) == made) << "the backup changed when read: " << made.size() << " bytes, then "
                                        << std::filesystem::file_size(copy_);
}

TEST_F(StaleWal, AFileAnotherProgramHasOpenIsRefusedAndLeftAsItWas) {
  sqlite3* other = write_into_wal(copy_, kOtherDiarysWrites);
  const auto before = read_file(copy_) + read_file(copy_.string() + "-wal");
  const auto result = run({"backup", copy_.string(), "--force"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "backcare: error: cannot replace '" + copy_.string() +
                            "': another program has it open as a database; close that program, or choose another file\n");
  EXPECT_EQ(read_file(copy_) + read_file(copy_.string() + "-wal"), before);
  sqlite3_close(other);
}

}  // namespace
}  // namespace backcare::e2e

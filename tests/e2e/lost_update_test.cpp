// Two edits of one entry at once: each command reads what it changes inside its own write transaction,
// so the later one sees the earlier one's change and neither is lost. The race is made certain by a
// connection of the test's own holding the write lock while both edits start: without the command's
// transaction, both read the entry before waiting for the lock, and the later write undid the earlier.
#include <sqlite3.h>

#include <chrono>
#include <thread>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

class LostUpdate : public DiaryTest {
 protected:
  /// The history of a copy of the diary after `first` and then `second`, one after the other.
  std::string history_after_each(const std::vector<std::string>& first, const std::vector<std::string>& second) {
    const auto diary = db_;
    db_ = dir_ / "twin.db";
    std::filesystem::copy_file(diary, db_);
    ok(first);
    ok(second);
    auto history = ok({"history"});
    db_ = diary;
    return history;
  }

  /// Runs `first` and `second` side by side while the write lock is held, and lets them go together.
  void run_both_behind_the_lock(const std::vector<std::string>& first, const std::vector<std::string>& second) {
    sqlite3* holder = nullptr;
    ASSERT_EQ(sqlite3_open(db_.c_str(), &holder), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(holder);
    const std::map<std::string, std::string> env{{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}};
    const auto with_db = [this](std::vector<std::string> args) {
      args.insert(args.begin(), {"--db", db_.string()});
      return args;
    };
    const auto one = start_binary(with_db(first), env);
    const auto two = start_binary(with_db(second), env);
    // Long enough for both to have opened the diary and, without the fix, read the entry; far inside the
    // 10 s they wait for the lock.
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    ASSERT_EQ(sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(holder);
    for (const auto& started : {one, two}) {
      const auto result = finish_binary(started);
      EXPECT_EQ(result.exit_code, 0) << result.err;
    }
  }
};

TEST_F(LostUpdate, TwoEditsOfOnePainEntryAtOnceBothLand) {
  ok({"pain", "6", "--time", "08:00", "--note", "first"});
  const auto level = std::vector<std::string>{"edit", "p1", "--level", "3"};
  const auto note = std::vector<std::string>{"edit", "p1", "--note", "second"};
  const auto one_after_the_other = history_after_each(level, note);
  run_both_behind_the_lock(level, note);
  EXPECT_EQ(ok({"history"}), one_after_the_other);
  EXPECT_NE(one_after_the_other.find("pain 3/10  second"), std::string::npos) << one_after_the_other;
}

TEST_F(LostUpdate, TwoEditsOfOneRoutineDoneAtOnceBothLand) {
  ok({"done", "knee-hug", "--time", "08:00"});
  const auto reps = std::vector<std::string>{"edit", "d1", "--reps", "12"};
  const auto minutes = std::vector<std::string>{"edit", "d1", "--minutes", "7"};
  const auto one_after_the_other = history_after_each(reps, minutes);
  run_both_behind_the_lock(reps, minutes);
  EXPECT_EQ(ok({"history"}), one_after_the_other);
}

}  // namespace
}  // namespace backcare::e2e

// A backup that does not fit: on a disk that fills up (a small tmpfs), or past a file size limit
// (`ulimit -f`). It names the target and the cause, exits 1, and leaves nothing beside the target.
#include <fstream>

#include "e2e/full_disk.hpp"

namespace backcare::e2e {
namespace {

constexpr std::size_t kSmallDisk = 64u << 10;

class BackupFullDisk : public DiaryTest {
 protected:
  void SetUp() override {
    DiaryTest::SetUp();
    std::ofstream(dir_ / "more.csv", std::ios::binary) << generated_csv(3000);
    ok({"import", (dir_ / "more.csv").string()});
    ASSERT_GT(std::filesystem::file_size(db_), 2 * kSmallDisk);
  }
  void TearDown() override {
    unmount_small_disk(dir_ / "small");
    DiaryTest::TearDown();
  }

  /// The names of the files in `dir`.
  static std::vector<std::string> files_in(const std::filesystem::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) names.push_back(entry.path().filename());
    std::sort(names.begin(), names.end());
    return names;
  }

  /// A backup onto a tmpfs of `bytes`: refused for want of space, nothing left on it, the diary unchanged.
  void expect_full_small_disk(std::size_t bytes) {
    const auto small = dir_ / "small";
    if (!mount_small_disk(small, bytes)) GTEST_SKIP() << "this process may not mount a tmpfs";
    const auto before = snapshot();
    expect_no_space(run({"backup", (small / "copy.db").string()}), small / "copy.db");
    EXPECT_EQ(files_in(small), std::vector<std::string>{});
    EXPECT_EQ(snapshot(), before);
  }

  void expect_no_space(const RunResult& result, const std::filesystem::path& target) {
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.err, "backcare: error: cannot back up the diary: no space left on the disk of '" + target.string() + "'\n");
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(ok({"check"}), "integrity: ok\nforeign keys: ok\n");
  }
};

TEST_F(BackupFullDisk, SmallDiskFullNamesTheTargetAndLeavesNothing) { expect_full_small_disk(kSmallDisk); }

TEST_F(BackupFullDisk, DiskFullOnlyForTheCheckOfTheCopyLeavesNoJournal) {
  // The copy fits; the -shm file its check makes in WAL mode (32 KiB) does not.
  expect_full_small_disk(std::filesystem::file_size(db_) + (16u << 10));
}

TEST_F(BackupFullDisk, FileSizeLimitNamesTheTargetAndLeavesNothing) {
  const auto before = snapshot();
  const auto target = dir_ / "copy.db";
  const std::map<std::string, std::string> env{{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}};
  expect_no_space(run_limited({"--db", db_.string(), "backup", target.string()}, env, kSmallDisk), target);
  EXPECT_EQ(files_in(dir_), (std::vector<std::string>{"backcare.db", "more.csv"}));
  EXPECT_EQ(snapshot(), before);
}

TEST_F(BackupFullDisk, BackupThatFitsLeavesOnlyTheCopy) {
  const auto small = dir_ / "small";
  if (!mount_small_disk(small, 64 * kSmallDisk)) GTEST_SKIP() << "this process may not mount a tmpfs";
  ok({"backup", (small / "copy.db").string()});
  EXPECT_EQ(files_in(small), std::vector<std::string>{"copy.db"});
}

}  // namespace
}  // namespace backcare::e2e

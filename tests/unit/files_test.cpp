#include "store/files.hpp"
#include "store/private_file.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "domain/errors.hpp"
#include "support/temp_dir.hpp"

using namespace backcare;

namespace {

using Files = fixtures::TempDirTest;

TEST_F(Files, RegularMissingAndDanglingAreNotSpecial) {
  std::ofstream(dir_ / "plain.csv") << "x";
  std::filesystem::create_symlink(dir_ / "plain.csv", dir_ / "link.csv");
  std::filesystem::create_symlink(dir_ / "gone.csv", dir_ / "dangling.csv");
  for (const char* name : {"plain.csv", "link.csv", "dangling.csv", "missing.csv"}) {
    EXPECT_EQ(store::special_file_kind(dir_ / name), std::nullopt) << name;
  }
}

TEST_F(Files, SpecialFilesAreNamed) {
  ASSERT_EQ(::mkfifo((dir_ / "pipe").c_str(), 0600), 0);
  std::filesystem::create_symlink(dir_ / "pipe", dir_ / "to-pipe");
  EXPECT_EQ(store::special_file_kind(dir_ / "pipe"), "a FIFO (named pipe)");
  EXPECT_EQ(store::special_file_kind(dir_ / "to-pipe"), "a symlink to a FIFO (named pipe)");
  EXPECT_EQ(store::special_file_kind(dir_), "a directory");
  EXPECT_EQ(store::special_file_kind("/dev/null"), "a character device");
}

TEST_F(Files, LinksToAProcesssOpenFileAreSpecialWhateverTheFileIs) {
  // The test's stdout may be a regular file; a rename would still replace the link, not write to it.
  std::filesystem::create_symlink("/proc/self/fd/1", dir_ / "out.csv");
  EXPECT_EQ(store::special_file_kind(dir_ / "out.csv"), "a link to a process's open file, as /dev/stdout is");
  EXPECT_EQ(store::special_file_kind("/proc/self/fd/1"), "a link to a process's open file, as /dev/stdout is");
}

TEST_F(Files, CommitRefusesATargetThatBecameSpecialSinceItsCheck) {
  const auto target = dir_ / "out.csv";
  std::filesystem::path file;
  {
    store::PrivateFile copy(target);
    file = copy.path();
    ASSERT_EQ(::mkfifo(target.c_str(), 0600), 0);
    EXPECT_THROW(copy.commit(), StorageError);
  }
  EXPECT_FALSE(std::filesystem::exists(file));
  EXPECT_TRUE(std::filesystem::is_fifo(target));
}

TEST_F(Files, WriteReplacesARegularFileWhole) {
  const auto target = dir_ / "out.csv";
  std::ofstream(target) << "old";
  store::write_file_atomically(target, "new");
  std::ifstream in(target);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "new");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_), {}), 1);
}

}  // namespace

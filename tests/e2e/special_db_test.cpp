// A --db that is not a regular file (a FIFO, a directory, a device) is refused before SQLite opens it:
// exit 1, a message naming the path and what it is, and nothing made beside it.
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <set>

#include "domain/terminal_text.hpp"
#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

/// The names in `dir` that start with `stem`: the file itself and anything SQLite would add beside it.
std::set<std::string> names_beside(const std::filesystem::path& dir, const std::string& stem) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const auto name = entry.path().filename().string();
    if (name.starts_with(stem)) names.insert(name);
  }
  return names;
}

class SpecialDb : public DiaryTest {
 protected:
  /// A read and a write on `path` are both refused with the same message, and nothing appears beside it.
  void expect_not_a_file(const std::filesystem::path& path, const std::string& what) {
    const auto before = names_beside(path.parent_path(), path.filename().string());
    const std::map<std::string, std::string> env{{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}};
    for (const std::vector<std::string>& args : {std::vector<std::string>{"today"}, {"pain", "3"}}) {
      auto with_db = args;
      with_db.insert(with_db.begin(), {"--db", path.string()});
      const auto result = run_binary(with_db, env);
      EXPECT_EQ(result.exit_code, 1) << args[0];
      EXPECT_EQ(result.err, "backcare: error: the diary " + domain::quoted_path(path.string()) + " is " + what +
                                ", not a file\n")
          << args[0];
      EXPECT_EQ(result.out, "") << args[0];
    }
    EXPECT_EQ(names_beside(path.parent_path(), path.filename().string()), before);
  }
};

TEST_F(SpecialDb, FifoIsRefused) {
  const auto fifo = dir_ / "diary.db";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  expect_not_a_file(fifo, "a FIFO (named pipe)");
}

TEST_F(SpecialDb, DirectoryIsRefused) {
  const auto folder = dir_ / "diary.db";
  std::filesystem::create_directory(folder);
  expect_not_a_file(folder, "a directory");
  EXPECT_TRUE(std::filesystem::is_empty(folder));
}

TEST_F(SpecialDb, LinkToAFifoIsRefusedAndSaysSo) {
  ASSERT_EQ(::mkfifo((dir_ / "fifo").c_str(), 0600), 0);
  std::filesystem::create_symlink(dir_ / "fifo", dir_ / "diary.db");
  expect_not_a_file(dir_ / "diary.db", "a symlink to a FIFO (named pipe)");
}

TEST_F(SpecialDb, DevNullIsRefused) {
  // As root, SQLite would open the device and leave /dev/null-journal beside it.
  expect_not_a_file("/dev/null", "a character device");
}

TEST_F(SpecialDb, DeviceNodeIsRefused) {
  const auto node = dir_ / "diary.db";
  if (::mknod(node.c_str(), S_IFCHR | 0600, ::makedev(1, 3)) != 0) GTEST_SKIP() << "cannot make a device node here";
  expect_not_a_file(node, "a character device");
}

}  // namespace
}  // namespace backcare::e2e

#include "store/user_file.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "domain/errors.hpp"
#include "support/temp_dir.hpp"

using namespace backcare;

namespace {

using UserFileTest = fixtures::TempDirTest;

constexpr std::size_t kMiB = std::size_t(1) << 20;

std::string read_all(store::UserFile& file) {
  return {std::istreambuf_iterator<char>(file.stream()), std::istreambuf_iterator<char>()};
}

std::string refusal(const std::filesystem::path& path, std::size_t limit, bool read) {
  try {
    store::UserFile file(path, limit);
    if (read) read_all(file);
  } catch (const UserError& error) {
    return error.what();
  }
  return "";
}

TEST_F(UserFileTest, ReadsTheFileAsItIs) {
  std::ofstream(dir_ / "a.csv", std::ios::binary) << "kind\r\nx";
  store::UserFile file(dir_ / "a.csv", kMiB);
  EXPECT_EQ(read_all(file), "kind\r\nx");
}

TEST_F(UserFileTest, RefusesAsReadingItWholeDid) {
  const auto missing = dir_ / "missing.csv", large = dir_ / "large.csv";
  EXPECT_EQ(refusal(missing, kMiB, false), "cannot read '" + missing.string() + "': No such file or directory");
  EXPECT_EQ(refusal(dir_, kMiB, false), "cannot read '" + dir_.string() + "': it is a directory; accepted a file");
  std::ofstream(large, std::ios::binary) << std::string(kMiB + 1, 'x');
  // By its size, before a byte is read.
  EXPECT_EQ(refusal(large, kMiB, false), "'" + large.string() + "' is larger than 1 MiB: accepted a backcare export");
}

TEST_F(UserFileTest, RefusesAFileOfUnknownSizeOnceItReadsPastTheLimit) {
  EXPECT_EQ(refusal("/dev/zero", kMiB, false), "");
  EXPECT_EQ(refusal("/dev/zero", kMiB, true), "'/dev/zero' is larger than 1 MiB: accepted a backcare export");
}

}  // namespace

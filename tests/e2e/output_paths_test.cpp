// Where outputs go: export --out, report --out, plan --ics and backup write a file by a rename over its
// path, which would put a regular file in place of a FIFO, a device or a socket, so those are refused;
// `-` is stdout for the outputs that are text.
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <fstream>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

/// What each command accepts instead, after its refusal has named what the path is.
const std::string kExportAccepts = "; accepted a regular file or a new path (leave out --out, or give -, to write to stdout)";
const std::string kReportAccepts = "; accepted a regular file or a new path (give - to write the page to stdout)";
const std::string kPlanAccepts = "; accepted a regular file or a new path (give - to write the calendar to stdout)";
const std::string kBackupAccepts = "; accepted a regular file or a new path";

class OutputPaths : public DiaryTest {
 protected:
  void SetUp() override {
    DiaryTest::SetUp();
    ok({"pain", "4", "--note", "stiff"});
  }

  /// export --out, report --out, plan --ics and backup --force aimed at `path` are each refused, naming it as
  /// `kind`; `path` is left what it was.
  void expect_each_refused(const std::filesystem::path& path, const std::string& kind) {
    const auto shown = "'" + path.string() + "': it is " + kind;
    const auto before = std::filesystem::symlink_status(path).type();
    expect_refused({"export", "--out", path.string(), "--format", "csv"}, "invalid --out " + shown + kExportAccepts);
    expect_refused({"report", "--out", path.string()}, "invalid --out " + shown + kReportAccepts);
    expect_refused({"plan", "--ics", path.string()}, "invalid --ics " + shown + kPlanAccepts);
    expect_refused({"backup", path.string(), "--force"}, "invalid FILE " + shown + kBackupAccepts);
    EXPECT_EQ(std::filesystem::symlink_status(path).type(), before);
  }
};

TEST_F(OutputPaths, FifoIsRefused) {
  const auto fifo = dir_ / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  expect_each_refused(fifo, "a FIFO (named pipe)");
}

TEST_F(OutputPaths, SymlinkToFifoIsRefused) {
  ASSERT_EQ(::mkfifo((dir_ / "pipe").c_str(), 0600), 0);
  std::filesystem::create_symlink(dir_ / "pipe", dir_ / "link.csv");
  expect_each_refused(dir_ / "link.csv", "a symlink to a FIFO (named pipe)");
}

TEST_F(OutputPaths, DirectoryIsRefused) { expect_each_refused(dir_, "a directory"); }

TEST_F(OutputPaths, DeviceNodeIsRefused) {
  if (::geteuid() != 0) GTEST_SKIP() << "making a device node (mknod) needs root";
  const auto device = dir_ / "null";
  ASSERT_EQ(::mknod(device.c_str(), S_IFCHR | 0600, ::makedev(1, 3)), 0);
  expect_each_refused(device, "a character device");
}

TEST_F(OutputPaths, DevNullIsRefusedAndLeftAlone) {
  expect_refused({"export", "--out", "/dev/null", "--format", "csv"},
                 "invalid --out '/dev/null': it is a character device" + kExportAccepts);
  EXPECT_TRUE(std::filesystem::is_character_file("/dev/null"));
}

TEST_F(OutputPaths, LinkToStdoutIsRefused) {
  // As /dev/stdout is: while stdout is a regular file (here), a rename would replace the link.
  std::filesystem::create_symlink("/proc/self/fd/1", dir_ / "out.csv");
  expect_each_refused(dir_ / "out.csv", "a link to a process's open file, as /dev/stdout is");
}

TEST_F(OutputPaths, TheDiarysCompanionNamesAreRefusedWhetherOrNotTheyExist) {
  // SQLite takes a file with one of these names for the diary's own, and deletes or replays it; a read
  // (as export is) leaves the -wal and -shm there, and no -journal in WAL mode.
  for (const char* suffix : {"-journal", "-wal", "-shm"}) {
    const auto path = db_.string() + suffix;
    const auto existed = std::filesystem::exists(path);
    const auto shown = "'" + path + "': it is the diary's own file; accepted another path";
    expect_refused({"export", "--out", path, "--format", "csv"}, "invalid --out " + shown);
    expect_refused({"report", "--out", path}, "invalid --out " + shown);
    expect_refused({"plan", "--ics", path}, "invalid --ics " + shown);
    expect_refused({"backup", path, "--force"}, "invalid FILE " + shown);
    EXPECT_EQ(std::filesystem::exists(path), existed) << path;
  }
  // And by another way of naming it.
  const auto journal = (dir_ / "." / "backcare.db-journal").string();
  expect_refused({"export", "--out", journal, "--format", "csv"},
                 "invalid --out '" + journal + "': it is the diary's own file; accepted another path");
}

/// A folder real/ holding `name` (its text "old"), and a link to it in the test's folder: returns the link.
std::filesystem::path link_to_a_file_elsewhere(const std::filesystem::path& dir, const std::string& name) {
  std::filesystem::create_directory(dir / "real");
  std::ofstream(dir / "real" / name) << "old";
  std::filesystem::create_symlink(std::filesystem::path("real") / name, dir / ("link-" + name));
  return dir / ("link-" + name);
}

TEST_F(OutputPaths, ExportThroughASymlinkWritesTheFileItPointsTo) {
  const auto link = link_to_a_file_elsewhere(dir_, "diary.csv");
  ok({"export", "--out", link.string()});
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_EQ(read_file(dir_ / "real" / "diary.csv"), ok({"export"}));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_ / "real"), {}), 1);
}

TEST_F(OutputPaths, BackupThroughASymlinkWritesTheFileItPointsTo) {
  const auto link = link_to_a_file_elsewhere(dir_, "copy.db");
  ok({"backup", link.string(), "--force"});
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  const auto history = run_binary({"--db", (dir_ / "real" / "copy.db").string(), "history"},
                                  {{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}});
  EXPECT_EQ(history.out, ok({"history"})) << history.err;
}

TEST_F(OutputPaths, DashExportsToStdout) {
  EXPECT_EQ(ok({"export", "--out", "-"}), ok({"export"}));
  EXPECT_EQ(ok({"export", "--out", "-", "--format", "json"}), ok({"export", "--format", "json"}));
  EXPECT_FALSE(std::filesystem::exists("-"));
}

TEST_F(OutputPaths, DashWritesTheReportPageToStdout) {
  const auto file = dir_ / "r.html";
  ok({"report", "--out", file.string()});
  EXPECT_EQ(ok({"report", "--out", "-"}), read_file(file));
  EXPECT_EQ(ok({"report", "--out", "-", "--json"}), read_file(file));
  EXPECT_FALSE(std::filesystem::exists("-"));
}

TEST_F(OutputPaths, BackupToDashIsRefused) {
  expect_refused({"backup", "-"},
                 "invalid FILE '-': a backup is a diary file, not text for stdout; accepted a file path (./- for a "
                 "file named -)");
  EXPECT_FALSE(std::filesystem::exists("-"));
}

}  // namespace
}  // namespace backcare::e2e

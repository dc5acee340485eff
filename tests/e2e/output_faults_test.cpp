// Standard output that does not take what is written (issue 25): a full disk, /dev/full, the file size limit,
// a reader gone. A failed write is never reported as success, so `backcare export > diary.csv` on a full
// disk says so and exits 1; a reader that closes the pipe early (`backcare history | head`) is no error.
// And `import` refuses a CSV cut inside a line, as such a cut export is.
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <fstream>

#include "e2e/full_disk.hpp"

namespace backcare::e2e {
namespace {

const std::string kNoSpace = "backcare: error: cannot write to standard output: No space left on device\n";

class OutputFaults : public DiaryTest {
 protected:
  void SetUp() override {
    DiaryTest::SetUp();
    pain_days("2026-11-16", {5, 6, 4, 5, 3, 4, 5, 6, 4, 5, 3});
    ok({"done", "back-rub", "--note", "a note, \"quoted\", with a comma"});
  }
  void TearDown() override {
    unmount_small_disk(dir_ / "small");
    DiaryTest::TearDown();
  }

  /// Runs on this diary with standard output replaced, in the child, by what `redirect` makes fd 1.
  RunResult run_with_stdout(std::vector<std::string> args, const std::function<void()>& redirect) {
    args.insert(args.begin(), {"--db", db_.string()});
    return finish_binary(start_binary(args, {{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}}, "", redirect));
  }

  /// Standard output into `file`, with `limit` bytes as the file size limit and SIGXFSZ at its default.
  static std::function<void()> into_file(const std::filesystem::path& file, rlim_t limit = RLIM_INFINITY) {
    return [file, limit] {
      const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      ::dup2(fd, STDOUT_FILENO);
      ::close(fd);
      std::signal(SIGXFSZ, SIG_DFL);
      const rlimit bytes{limit, limit};
      ::setrlimit(RLIMIT_FSIZE, &bytes);
    };
  }
};

/// Every command that prints, reads and writes alike.
const std::vector<std::vector<std::string>> kPrinting{
    {"today"},       {"today", "--json"},   {"history"},       {"export"},          {"export", "--format", "json"},
    {"report", "--out", "-"},               {"plan", "--ics", "-"}, {"plan"},       {"completion", "bash"},
    {"redflags"},    {"routines"},          {"show", "back-rub"}, {"week"},         {"trend", "--json"},
    {"suggest"},     {"config"},            {"check"},         {"--version"},       {"pain", "5"},
    {"done", "knot-rub"},
};

TEST_F(OutputFaults, EveryCommandThatPrintsToAFullDeviceSaysSoAndExitsOne) {
  for (const auto& args : kPrinting) {
    const auto result = run_with_stdout(args, into_file("/dev/full"));
    EXPECT_EQ(result.exit_code, 1) << args.front();
    EXPECT_EQ(result.err, kNoSpace) << args.front();
  }
}

TEST_F(OutputFaults, AnExportPastTheFileSizeLimitSaysSoAndLeavesTheDiaryAsItWas) {
  std::ofstream(dir_ / "more.csv", std::ios::binary) << generated_csv(2000);
  ok({"import", (dir_ / "more.csv").string()});
  const auto before = snapshot();
  // Above the diary's own files a read touches (its -shm is 32 KiB), below the export.
  constexpr rlim_t kLimit = 48u << 10;
  const auto result = run_with_stdout({"export"}, into_file(dir_ / "cut.csv", kLimit));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "backcare: error: cannot write to standard output: File too large\n");
  EXPECT_EQ(std::filesystem::file_size(dir_ / "cut.csv"), kLimit);
  EXPECT_EQ(snapshot(), before);
}

TEST_F(OutputFaults, AnExportOntoAFullDiskSaysSo) {
  const auto small = dir_ / "small";
  if (!mount_small_disk(small, 4096)) GTEST_SKIP() << "this process may not mount a tmpfs";
  std::ofstream(dir_ / "more.csv", std::ios::binary) << generated_csv(2000);
  ok({"import", (dir_ / "more.csv").string()});
  const auto result = run_with_stdout({"export"}, into_file(small / "diary.csv"));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, kNoSpace);
}

TEST_F(OutputFaults, AReaderThatClosesThePipeEarlyIsNoError) {
  std::ofstream(dir_ / "more.csv", std::ios::binary) << generated_csv(2000);
  ok({"import", (dir_ / "more.csv").string()});
  const auto closed_pipe = [] {
    int ends[2];
    if (::pipe(ends) != 0) return;
    ::dup2(ends[1], STDOUT_FILENO);
    ::close(ends[0]);  // no reader: every write fails with EPIPE (or SIGPIPE, which backcare ignores)
    ::close(ends[1]);
  };
  for (const auto& args : std::vector<std::vector<std::string>>{{"history", "--from", "2025-01-01"}, {"export"}}) {
    const auto result = run_with_stdout(args, closed_pipe);
    EXPECT_EQ(result.exit_code, 0) << args.front();
    EXPECT_EQ(result.err, "") << args.front();
  }
}

TEST_F(OutputFaults, ImportRefusesACsvCutInsideALineAndTakesOneCutAtALineEnd) {
  const std::string csv = ok({"export"});
  ASSERT_TRUE(csv.ends_with("\r\n"));
  std::filesystem::create_directory(dir_ / "other");
  const auto other = dir_ / "other" / "backcare.db";
  const auto import_cut = [&](std::size_t keep) {
    std::ofstream(dir_ / "cut.csv", std::ios::binary) << csv.substr(0, keep);
    return run_binary({"--db", other.string(), "import", (dir_ / "cut.csv").string()},
                      {{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}});
  };
  // Cut before the last line break, and inside the first row: refused as cut short, nothing added.
  for (const std::size_t keep : {csv.size() - 2, csv.find("\r\n") + 12}) {
    const auto result = import_cut(keep);
    EXPECT_EQ(result.exit_code, 2) << keep;
    EXPECT_NE(result.err.find("the file ends in the middle of a line: it was probably cut short"), std::string::npos)
        << keep << ": " << result.err;
  }
  // Cut inside the quoted note: refused too, as a quoted field never closed.
  const auto in_note = import_cut(csv.find("quoted"));
  EXPECT_EQ(in_note.exit_code, 2);
  EXPECT_NE(in_note.err.find("a quoted field is never closed"), std::string::npos) << in_note.err;
  const auto kept = run_binary({"--db", other.string(), "export"}, {{"BACKCARE_TODAY", today_}});
  EXPECT_EQ(kept.out, csv.substr(0, csv.find("\r\n") + 2));  // the header alone: nothing was added
  // A cut at a line end cannot be told from a shorter export: its rows are taken.
  const auto last_line = csv.rfind("\r\n", csv.size() - 3) + 2;
  const auto taken = import_cut(last_line);
  EXPECT_EQ(taken.exit_code, 0) << taken.err;
}

}  // namespace
}  // namespace backcare::e2e

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <thread>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

/// A pseudo-terminal whose far end a run gets as its stderr; what the run wrote there is read back.
class PseudoTerminal {
 public:
  PseudoTerminal() {
    master_ = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master_ < 0 || ::grantpt(master_) != 0 || ::unlockpt(master_) != 0) return;
    slave_ = ::open(::ptsname(master_), O_RDWR | O_NOCTTY);
    ::fcntl(master_, F_SETFL, O_NONBLOCK);
  }
  ~PseudoTerminal() {
    if (slave_ >= 0) ::close(slave_);
    if (master_ >= 0) ::close(master_);
  }
  PseudoTerminal(const PseudoTerminal&) = delete;
  PseudoTerminal& operator=(const PseudoTerminal&) = delete;

  bool ready() const { return slave_ >= 0; }
  /// For start_binary's child: the terminal as its stderr, or as its stdout too.
  void become_stderr() const { ::dup2(slave_, 2); }
  void become_stdout_and_stderr() const {
    ::dup2(slave_, 1);
    ::dup2(slave_, 2);
  }
  /// Reads what a run writes while it runs (a terminal holds only a few KiB, then the writer waits), until
  /// `done` is set and nothing more is there: the far end stays open here, so there is no end of file.
  std::string read_until(const std::atomic<bool>& done) const {
    std::string text;
    char buffer[4096];
    while (true) {
      const ssize_t got = ::read(master_, buffer, sizeof buffer);
      if (got > 0) {
        text.append(buffer, static_cast<std::size_t>(got));
      } else if (done) {
        return text;
      } else {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
    }
  }

 private:
  int master_ = -1;
  int slave_ = -1;
};

class Progress : public DiaryTest {
 protected:
  void SetUp() override {
    DiaryTest::SetUp();
    // Shown from the first look, so a few thousand rows are enough to see the line.
    extra_env_["BACKCARE_PROGRESS_AFTER"] = "0";
    std::ofstream(dir_ / "rows.csv") << generated_csv(3000);
  }

  /// Runs backcare on this test's diary with its stderr (and with `both`, its stdout) on a pseudo-terminal:
  /// the run and what the terminal showed.
  std::pair<RunResult, std::string> on_a_terminal(std::vector<std::string> args, bool both = false) {
    PseudoTerminal terminal;
    EXPECT_TRUE(terminal.ready());
    args.insert(args.begin(), {"--db", db_.string()});
    std::map<std::string, std::string> env = extra_env_;
    env.insert({{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}});
    const auto started = start_binary(args, env, "", [&terminal, both] {
      if (both) terminal.become_stdout_and_stderr();
      else terminal.become_stderr();
    });
    std::atomic<bool> done{false};
    std::string shown;
    std::thread reader([&] { shown = terminal.read_until(done); });
    auto result = finish_binary(started);
    done = true;
    reader.join();
    return {result, shown};
  }
};

// One or more progress lines, each written over the one before, then wiped: nothing is left on the screen.
const std::regex kImporting("(\rimporting: [0-9,]+ rows\x1b\\[K)+\r\x1b\\[K");
const std::regex kExporting("(\rexporting: [0-9,]+ of 3,001 rows \\([0-9]+%\\)\x1b\\[K)+\r\x1b\\[K");

TEST_F(Progress, ImportAndExportShowTheirRowsOnATerminal) {
  ok({"pain", "3"});  // the diary made first: its welcome would be on the terminal too
  const auto rows = (dir_ / "rows.csv").string();
  const auto [imported, import_shown] = on_a_terminal({"import", rows});
  EXPECT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_TRUE(std::regex_match(import_shown, kImporting)) << import_shown;
  EXPECT_EQ(imported.out, "imported 3000 entries from '" + rows + "': 3000 pain, 0 done, 0 signs\n");

  const auto [exported, export_shown] = on_a_terminal({"export", "--out", (dir_ / "out.csv").string()});
  EXPECT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_TRUE(std::regex_match(export_shown, kExporting)) << export_shown;
  EXPECT_EQ(exported.out, "exported 3001 entries to '" + (dir_ / "out.csv").string() + "' (csv, readable by you only)\n");
  // The file is what an export without a terminal writes.
  EXPECT_EQ(read_file(dir_ / "out.csv"), ok({"export"}));
}

TEST_F(Progress, AnExportWrittenToTheTerminalShowsItsRowsAlone) {
  ok({"pain", "3"});
  ok({"import", (dir_ / "rows.csv").string()});
  const auto [exported, shown] = on_a_terminal({"export"}, true);
  EXPECT_EQ(exported.exit_code, 0);
  EXPECT_EQ(shown.find("exporting"), std::string::npos);
  EXPECT_EQ(shown.substr(0, 16), "kind,date,time,l");  // the CSV itself, from its first byte
}

TEST_F(Progress, ARefusedImportLeavesItsErrorOnALineOfItsOwn) {
  ok({"pain", "3"});
  const auto rows = dir_ / "bad.csv";
  std::ofstream(rows) << generated_csv(3000) << "pain,2025-13-01,2025-12-01T09:00:00Z,,4,,,last\r\n";
  const auto [imported, shown] = on_a_terminal({"import", rows.string()});
  EXPECT_EQ(imported.exit_code, 2);
  // The progress line is wiped before the message, which stands alone (the terminal turns \n into \r\n).
  const std::regex refused("(\rimporting: [0-9,]+ rows\x1b\\[K)+\r\x1b\\[K"
                           "backcare: error: nothing imported: 1 problem in '[^']+'\r\n"
                           "line 3002: date: invalid '2025-13-01': accepted a real day YYYY-MM-DD\r\n");
  EXPECT_TRUE(std::regex_match(shown, refused)) << shown;
}

TEST_F(Progress, NothingThroughAPipe) {
  const auto imported = run({"import", (dir_ / "rows.csv").string()});
  EXPECT_EQ(imported.exit_code, 0);
  EXPECT_EQ(imported.err, "");
  const auto exported = run({"export", "--out", (dir_ / "out.csv").string()});
  EXPECT_EQ(exported.exit_code, 0);
  EXPECT_EQ(exported.err, "");
}

}  // namespace
}  // namespace backcare::e2e

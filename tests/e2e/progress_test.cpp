#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <regex>

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
  /// For start_binary's child: the terminal as its stderr.
  void become_stderr() const { ::dup2(slave_, 2); }
  /// All the run wrote (the far end stays open here, so the reading ends at "nothing more for now").
  std::string written() const {
    std::string text;
    char buffer[4096];
    for (ssize_t got; (got = ::read(master_, buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(got));
    return text;
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

  /// Runs backcare on `db` with its stderr on a pseudo-terminal: the run and what the terminal showed.
  std::pair<RunResult, std::string> on_a_terminal(const std::filesystem::path& db, std::vector<std::string> args) {
    PseudoTerminal terminal;
    EXPECT_TRUE(terminal.ready());
    args.insert(args.begin(), {"--db", db.string()});
    const auto started = start_binary(args, {{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()},
                                             {"BACKCARE_PROGRESS_AFTER", "0"}},
                                      "", [&terminal] { terminal.become_stderr(); });
    auto result = finish_binary(started);
    return {result, terminal.written()};
  }
};

// One or more progress lines, each written over the one before, then wiped: nothing is left on the screen.
const std::regex kImporting("(\rimporting: [0-9,]+ rows\x1b\\[K)+\r\x1b\\[K");
const std::regex kExporting("(\rexporting: [0-9,]+ of 3,001 rows \\([0-9]+%\\)\x1b\\[K)+\r\x1b\\[K");

TEST_F(Progress, ImportAndExportShowTheirRowsOnATerminal) {
  ok({"pain", "3"});  // the diary made first: its welcome would be on the terminal too
  const auto [imported, import_shown] = on_a_terminal(db_, {"import", (dir_ / "rows.csv").string()});
  EXPECT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_TRUE(std::regex_match(import_shown, kImporting)) << import_shown;
  EXPECT_EQ(imported.out, "imported 3000 entries from '" + (dir_ / "rows.csv").string() + "': 3000 pain, 0 done\n");

  const auto [exported, export_shown] = on_a_terminal(db_, {"export", "--out", (dir_ / "out.csv").string()});
  EXPECT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_TRUE(std::regex_match(export_shown, kExporting)) << export_shown;
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

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include <nlohmann/json.hpp>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

/// Runs a shell command and returns its stdout.
std::string shell(const std::string& command) {
  std::string out;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    ::pclose(pipe);
  }
  return out;
}

/// The check-in in a real terminal: a private tmux server runs it, keys are typed with send-keys and the
/// screen is read with capture-pane. Waits poll for text on the screen; nothing asserts on time.
class CheckinTerminalTest : public DiaryTest {
 protected:
  void SetUp() override {
    DiaryTest::SetUp();
    if (std::system("command -v tmux >/dev/null 2>&1") != 0) GTEST_SKIP() << "tmux is not installed: skipped";
    socket_ = (dir_ / "tmux.sock").string();
    // A script, so that no quoting passes through two shells.
    const auto script = dir_ / "run.sh";
    // The shell traps SIGINT (its child still gets the default) so it outlives Ctrl-C and shows the exit code.
    std::ofstream(script) << "trap true INT\nenv -i PATH=/usr/bin:/bin TERM=xterm HOME='" << dir_.string()
                          << "' BACKCARE_TODAY=2026-11-26T21:15 '" BACKCARE_BINARY "' --db '" << db_.string()
                          << "' checkin\necho \"[exit $?]\"\nread wait\n";
    tmux("new-session -d -x 110 -y 50 'sh " + script.string() + "'");
  }
  void TearDown() override {
    if (!socket_.empty()) tmux("kill-server");
    DiaryTest::TearDown();
  }
  std::string tmux(const std::string& args) { return shell("tmux -S " + socket_ + " " + args + " 2>&1"); }
  std::string screen() { return tmux("capture-pane -p"); }
  /// Polls the screen until `text` shows (capture-pane drops trailing spaces) (about 20 s at most, so a hang fails instead of blocking ctest).
  bool wait_for(const std::string& text) {
    for (int i = 0; i < 400; ++i) {
      if (screen().find(text) != std::string::npos) return true;
      shell("sleep 0.05");
    }
    return false;
  }
  void type(const std::string& keys) { tmux("send-keys -l '" + keys + "'"), tmux("send-keys Enter"); }

  /// Types the answers to the tags question, each in turn (the last one taken), once it is asked.
  bool tag_with(const std::vector<std::string>& tags) {
    if (!wait_for("Tags for today (optional, separated by spaces; Enter to skip):")) return false;
    for (const auto& answer : tags) type(answer);
    return true;
  }

  /// A whole check-in: `level`, each of `where` in turn (the last one taken), no routine, no note, each
  /// of `tags` in turn, y. True once it exited 0.
  bool check_in(const std::string& level, const std::vector<std::string>& where,
                const std::vector<std::string>& tags = {""}) {
    if (!wait_for("worst pain you can imagine):")) return false;
    type(level);
    if (!wait_for("Where did it hurt?")) return false;
    for (const auto& answer : where) type(answer);
    if (!wait_for("Done today:")) return false;
    type("none");
    if (!wait_for("A note for today (optional, Enter to skip):")) return false;
    type("");
    if (!tag_with(tags) || !wait_for("Record this? (y/n):")) return false;
    type("y");
    return wait_for("[exit 0]");
  }
  /// The `field` ("where", "tags") of the one entry in the diary, as `history --json` gives it.
  nlohmann::json logged(const std::string& field) {
    const auto history = nlohmann::json::parse(ok({"history", "--json"}));
    EXPECT_EQ(history.at("entries").size(), 1u) << history.dump(2);
    return history.at("entries").at(0).at(field);
  }

  std::string socket_;
};

TEST_F(CheckinTerminalTest, TypedAnswersAreRecorded) {
  ASSERT_TRUE(wait_for("(0 = no pain, 10 = worst pain you can imagine):")) << screen();
  type("12");
  ASSERT_TRUE(wait_for("Not taken: invalid pain level '12'")) << screen();
  type("5");
  ASSERT_TRUE(wait_for("Where did it hurt?")) << screen();
  type("");
  ASSERT_TRUE(wait_for("Done today:")) << screen();
  type("1 8");
  ASSERT_TRUE(wait_for("A note for today (optional, Enter to skip):")) << screen();
  type("");
  ASSERT_TRUE(tag_with({""})) << screen();
  ASSERT_TRUE(wait_for("Record this? (y/n):")) << screen();
  type("y");
  ASSERT_TRUE(wait_for("[exit 0]")) << screen();
  const auto shown = screen();
  EXPECT_NE(shown.find("  routines  palm-press, hot-compress\n"), std::string::npos) << shown;
  EXPECT_NE(shown.find("logged pain 5/10 and palm-press, hot-compress for Thu 26 Nov 2026\n"), std::string::npos)
      << shown;
  EXPECT_NE(ok({"today"}).find("Pain: 1 entry, mean 5.0, worst 5"), std::string::npos);
}

TEST_F(CheckinTerminalTest, CtrlCBeforeConfirmingWritesNothing) {
  const auto before = snapshot();
  ASSERT_TRUE(wait_for("worst pain you can imagine):")) << screen();
  type("5");
  ASSERT_TRUE(wait_for("Where did it hurt?")) << screen();
  type("low-back");
  ASSERT_TRUE(wait_for("Done today:")) << screen();
  type("1 2");
  ASSERT_TRUE(wait_for("A note for today (optional, Enter to skip):")) << screen();
  type("");
  ASSERT_TRUE(tag_with({"lifting"})) << screen();
  ASSERT_TRUE(wait_for("Record this? (y/n):")) << screen();
  tmux("send-keys C-c");
  ASSERT_TRUE(wait_for("[exit 130]")) << screen();
  EXPECT_EQ(snapshot(), before);
}

TEST_F(CheckinTerminalTest, CtrlDWritesNothing) {
  const auto before = snapshot();
  ASSERT_TRUE(wait_for("worst pain you can imagine):")) << screen();
  type("5");
  ASSERT_TRUE(wait_for("Where did it hurt?")) << screen();
  tmux("send-keys C-d");
  ASSERT_TRUE(wait_for("[exit 2]")) << screen();
  EXPECT_NE(screen().find("nothing was recorded"), std::string::npos);
  EXPECT_EQ(snapshot(), before);
}

TEST_F(CheckinTerminalTest, WhereItHurtGoesIntoThePainEntry) {
  ASSERT_TRUE(check_in("6", {"low-back sacroiliac:left"})) << screen();
  const auto shown = screen();
  EXPECT_NE(shown.find("Where did it hurt? (optional: regions as low-back sacroiliac:left; Enter to skip): "
                       "low-back sacroiliac:left\n"),
            std::string::npos)
      << shown;
  EXPECT_NE(shown.find("  pain      6/10\n  where     low-back sacroiliac:left\n  routines  none\n"),
            std::string::npos)
      << shown;
  EXPECT_EQ(logged("where"), nlohmann::json::parse(R"(["low-back", "sacroiliac:left"])"));
}

TEST_F(CheckinTerminalTest, ABadRegionIsAskedAgainWithTheReason) {
  ASSERT_TRUE(check_in("4", {"lowback, buttock:right", "low-back, buttock:right"})) << screen();
  EXPECT_NE(screen().find("Not taken: unknown region 'lowback' (did you mean 'low-back'?): accepted low-back,"),
            std::string::npos)
      << screen();
  EXPECT_EQ(logged("where"), nlohmann::json::parse(R"(["low-back", "buttock:right"])"));
}

TEST_F(CheckinTerminalTest, EnterSkipsWhere) {
  ASSERT_TRUE(check_in("3", {""})) << screen();
  EXPECT_EQ(screen().find("  where "), std::string::npos) << screen();
  EXPECT_EQ(logged("where"), nlohmann::json::array());
}

// Tags (issue 29): the one optional line after the note, known tags only, on the pain entry it logs.
TEST_F(CheckinTerminalTest, TagsGoOnThePainEntryWithTheirNotice) {
  ASSERT_TRUE(check_in("6", {""}, {"Lifting painkiller"})) << screen();
  const auto shown = screen();
  EXPECT_NE(shown.find("Tags you can give: poor-sleep, night-feeds, lifting, long-sitting, painkiller, hard-day, "
                       "physio-visit\nTags for today (optional, separated by spaces; Enter to skip): Lifting painkiller\n"),
            std::string::npos)
      << shown;
  EXPECT_NE(shown.find("  routines  none\n  tags      lifting, painkiller\n"), std::string::npos) << shown;
  EXPECT_NE(shown.find("logged pain 6/10 for Thu 26 Nov 2026, tagged lifting, painkiller\n"
                       "If you are breastfeeding, check any medicine with your pharmacist, midwife or doctor.\n"),
            std::string::npos)
      << shown;
  EXPECT_EQ(logged("tags"), nlohmann::json::parse(R"(["lifting", "painkiller"])"));
}

TEST_F(CheckinTerminalTest, ThePainkillerNoticeIsNotShownTwiceADay) {
  // From another terminal once the check-in made the diary: it reads the day's tags when it records.
  ASSERT_TRUE(wait_for("worst pain you can imagine):")) << screen();
  ok({"tag", "painkiller"});
  ASSERT_TRUE(check_in("3", {""}, {"painkiller"})) << screen();
  EXPECT_NE(screen().find("logged pain 3/10 for Thu 26 Nov 2026, tagged painkiller\n[exit 0]"), std::string::npos)
      << screen();
}

TEST_F(CheckinTerminalTest, AnUnknownTagIsAskedAgainWithTheNearestAndHowToMakeOne) {
  ASSERT_TRUE(check_in("4", {""}, {"poor-slep", "poor-sleep"})) << screen();
  const auto joined = tmux("capture-pane -p -J");  // the refusal is wider than the terminal
  EXPECT_NE(joined.find("Not taken: unknown tag 'poor-slep' (did you mean 'poor-sleep'?): accepted a tag 'backcare "
                          "tags' lists; a new tag is made with 'backcare tag poor-slep --new'\n"),
            std::string::npos)
      << joined;
  EXPECT_EQ(logged("tags"), nlohmann::json::parse(R"(["poor-sleep"])"));
  EXPECT_EQ(ok({"tags", "--slugs"}).find("poor-slep"), std::string::npos);
}

TEST_F(CheckinTerminalTest, NoPainAsksNoWhere) {
  ASSERT_TRUE(wait_for("worst pain you can imagine):")) << screen();
  type("0");
  ASSERT_TRUE(wait_for("Done today:")) << screen();
  EXPECT_EQ(screen().find("Where did it hurt?"), std::string::npos) << screen();
}

}  // namespace
}  // namespace backcare::e2e

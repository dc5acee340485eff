// The first use of a diary: the command that makes it says a short welcome on stderr, once, never with
// --json. Runs the binary directly, not through DiaryTest::run, which takes the welcome off for every
// other test.
#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

class Welcome : public DiaryTest {
 protected:
  RunResult bare(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_.string()});
    return run_binary(args, {{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}});
  }
};

TEST_F(Welcome, TheCommandThatMakesTheDiaryWelcomesOnceOnStderr) {
  auto first = bare({"pain", "4"});
  EXPECT_EQ(first.exit_code, 0);
  EXPECT_EQ(first.out, "logged pain 4/10 for Thu 26 Nov 2026\n");
  expect_golden("welcome", first.err);
  const auto again = bare({"pain", "5"});
  EXPECT_EQ(again.out, "logged pain 5/10 for Thu 26 Nov 2026\n");
  EXPECT_EQ(again.err, "");
}

TEST_F(Welcome, ReadsMakeNoDiarySoTheyDoNotWelcome) {
  const auto read = bare({"today"});
  EXPECT_EQ(read.exit_code, 0);
  EXPECT_EQ(read.err, "");
  EXPECT_FALSE(std::filesystem::exists(db_));
  // Any command that writes makes it, a setting too.
  const auto set = bare({"config", "birth-type", "vaginal"});
  EXPECT_EQ(set.out, "set birth-type to vaginal\n");
  EXPECT_EQ(set.err, welcome_text());
}

TEST_F(Welcome, NeverWithJsonAndNotLaterEither) {
  const auto first = bare({"pain", "4", "--json"});
  EXPECT_EQ(first.exit_code, 0);
  EXPECT_EQ(first.err, "");
  EXPECT_TRUE(first.out.starts_with("{")) << first.out;
  // The diary is not new any more: no welcome after all.
  EXPECT_EQ(bare({"pain", "5"}).err, "");
}

TEST_F(Welcome, AFirstWriteThatIsRefusedAfterMakingTheDiaryStillWelcomesFirst) {
  // The diary is made before the routine is looked up, so this is its first use, and the only one to say so.
  const auto refused = bare({"done", "back-rubb"});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_EQ(refused.err, welcome_text() + "backcare: error: no routine 'back-rubb' (did you mean 'back-rub'?)\n");
  EXPECT_EQ(bare({"done", "back-rub"}).err, "");
}

}  // namespace
}  // namespace backcare::e2e

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

class CheckinTest : public DiaryTest {
 protected:
  void SetUp() override {
    DiaryTest::SetUp();
    today_ = "2026-11-26T21:15";
  }
  /// Runs `backcare checkin` with `input` piped on stdin.
  RunResult checkin(const std::string& input) { return run({"checkin"}, input); }
};

TEST_F(CheckinTest, RecordsPainRoutinesAndNoteThroughAPipe) {
  const auto result = checkin("4\n2 5\nafter the school run\ny\n");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  expect_golden("checkin_pipe", result.out);
  expect_golden("checkin_pipe_today", ok({"today"}));
}

TEST_F(CheckinTest, APipedCheckinIsNotAskedWhere) {
  // Issue 27: where it hurt is asked only at a terminal; piped answers meet the questions in the same order.
  const auto result = checkin("6\nnone\n\ny\n");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.find("Where did it hurt?"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("worst pain you can imagine): 6\n"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Done today: none\n"), std::string::npos) << result.out;
}

TEST_F(CheckinTest, APipedCheckinIsNotAskedTags) {
  // Issue 29: tags, like where, are asked only at a terminal: the same four answers still make a check-in.
  ok({"tag", "swimming", "--new", "--date", "yesterday"});
  const auto result = checkin("6\nnone\n\ny\n");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.find("Tags"), std::string::npos) << result.out;
  EXPECT_TRUE(result.out.ends_with("A note for today (optional, Enter to skip): \nTo record for Thu 26 Nov 2026:\n"
                                   "  pain      6/10\n  routines  none\nRecord this? (y/n): y\n"
                                   "logged pain 6/10 for Thu 26 Nov 2026\n"))
      << result.out;
}

TEST_F(CheckinTest, AsksARefusedAnswerAgainWithTheReason) {
  const auto result = checkin("11\nsix\n4\n2 9\nknee\n\n7 7 1\n\nmaybe\nyes\n");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  expect_golden("checkin_refused", result.out);
  const auto history = ok({"history"});
  EXPECT_NE(history.find("4/10"), std::string::npos) << history;
  EXPECT_NE(history.find("palm-press"), std::string::npos) << history;
  EXPECT_NE(history.find("waist-roll"), std::string::npos) << history;
}

TEST_F(CheckinTest, AnAnswerTooLongToHoldIsReadPastAndAskedAgain) {
  const std::string endless(1 << 20, '7');  // a megabyte on one line: never held whole
  const auto result = checkin("4\n2\n" + endless + "\nafter the walk\ny\n");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_NE(result.out.find("A note for today (optional, Enter to skip): (a line too long to show)\n"
                            "Not taken: an answer of more than 4096 bytes (a note is at most 1000 characters)\n\n"
                            "A note for today (optional, Enter to skip): after the walk\n"),
            std::string::npos)
      << result.out.substr(0, 4000);
  EXPECT_NE(ok({"history"}).find("pain 4/10  after the walk"), std::string::npos) << ok({"history"});
}

TEST_F(CheckinTest, MarksTheRoutinesAlreadyDoneTodayAndLogsATickedOneAgain) {
  ok({"done", "back-rub", "--time", "09:00"});
  ok({"done", "back-rub", "hot-compress", "--time", "13:00"});
  ok({"done", "palm-press", "--date", "yesterday"});
  const auto result = checkin("4\n1 2\n\ny\n");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  expect_golden("checkin_already_done", result.out);
  EXPECT_EQ(ok({"history", "--from", "today"}),
            "History 2026-11-26 to 2026-11-26, newest first\nThu 26 Nov 2026\n"
            "  p1  21:15  pain 4/10\n  d5  21:15  done palm-press\n  d6  21:15  done back-rub\n"
            "  d2  13:00  done back-rub\n  d3  13:00  done hot-compress\n  d1  09:00  done back-rub\n" +
                kHistoryHint);
}

TEST_F(CheckinTest, AlreadyDoneMeansTheDiaryDayAfterMidnight) {
  ok({"done", "hot-compress", "--time", "20:00"});
  today_ = "2026-11-27T01:30";  // before day-starts (04:00): still Thursday in the diary
  const auto night = checkin("3\nnone\n\nn\n");
  EXPECT_NE(night.out.find("Evening check-in for Thu 26 Nov 2026."), std::string::npos) << night.out;
  EXPECT_NE(night.out.find("Already done today: Hot wet-towel compress. Give its number only if you did it again.\n"
                           "Which other routines"),
            std::string::npos)
      << night.out;
  today_ = "2026-11-27T09:00";
  const auto morning = checkin("3\nnone\n\nn\n");
  EXPECT_EQ(morning.out.find("Already done"), std::string::npos) << morning.out;
  EXPECT_NE(morning.out.find("Which routines did you do today?"), std::string::npos) << morning.out;
}

TEST_F(CheckinTest, NoneTicksNothingAndNoRecordsNothing) {
  const auto before = snapshot();
  const auto declined = checkin("3\nnone\n\nn\n");
  EXPECT_EQ(declined.exit_code, 0) << declined.err;
  EXPECT_NE(declined.out.find("  routines  none\n"), std::string::npos) << declined.out;
  EXPECT_TRUE(declined.out.ends_with("Record this? (y/n): n\nnothing recorded\n")) << declined.out;
  EXPECT_EQ(snapshot(), before);
}

TEST_F(CheckinTest, EndOfInputAtAnyStepWritesNothing) {
  const auto before = snapshot();
  for (const std::string input : {"", "4\n", "4\n1 2\n", "4\n1 2\nnote\n", "4\n1 2\nnote\nmaybe\n"}) {
    const auto result = checkin(input);
    EXPECT_EQ(result.exit_code, 2) << input;
    EXPECT_EQ(result.err, "backcare: error: the check-in ended before it was confirmed: nothing was recorded\n");
    EXPECT_EQ(snapshot(), before) << input;
  }
}

TEST_F(CheckinTest, OneUndoReversesTheWholeCheckin) {
  ok({"pain", "2"});
  const auto before = snapshot();
  ASSERT_EQ(checkin("8\n1 3\n\ny\n").exit_code, 0);
  EXPECT_EQ(ok({"undo"}),
            "removed pain 8/10 for Thu 26 Nov 2026 (logged 21:15)\nremoved palm-press, knot-rub for Thu 26 Nov 2026\n");
  EXPECT_EQ(snapshot(), before);
}

TEST_F(CheckinTest, HighPainPointsToTheRedFlags) {
  const auto result = checkin("8\nnone\n\ny\n");
  EXPECT_TRUE(result.out.ends_with(
      "logged pain 8/10 for Thu 26 Nov 2026\n"
      "Please read 'backcare redflags' now: an entry of 8/10 on Thu 26 Nov 2026.\n"
      "It lists the signs that need your emergency number now, and those that need your midwife or doctor now or today.\n"))
      << result.out;
}

}  // namespace
}  // namespace backcare::e2e

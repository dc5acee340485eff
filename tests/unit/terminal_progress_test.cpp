#include <gtest/gtest.h>

#include <sstream>

#include "app/terminal_progress.hpp"
#include "render/progress_line.hpp"

namespace {

using backcare::app::TerminalProgress;
using backcare::render::progress_line;
using namespace std::chrono_literals;

constexpr std::size_t kLook = TerminalProgress::kRowsBetweenLooks;

/// A progress on a fake clock that the test moves by hand.
struct Timed {
  std::ostringstream err;
  std::chrono::steady_clock::time_point now{};
  TerminalProgress progress{err, 1000ms, [this] { return now; }};

  void rows(std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) progress.row();
  }
};

TEST(ProgressLine, CountsRowsInGroupsOfThreeAndTheShareWhenTheTotalIsKnown) {
  EXPECT_EQ(progress_line("importing", 0, std::nullopt), "importing: 0 rows");
  EXPECT_EQ(progress_line("importing", 999, std::nullopt), "importing: 999 rows");
  EXPECT_EQ(progress_line("importing", 1000, std::nullopt), "importing: 1,000 rows");
  EXPECT_EQ(progress_line("importing", 1234567, std::nullopt), "importing: 1,234,567 rows");
  EXPECT_EQ(progress_line("exporting", 120000, 1000000), "exporting: 120,000 of 1,000,000 rows (12%)");
  EXPECT_EQ(progress_line("exporting", 5, 0), "exporting: 5 rows");
}

TEST(TerminalProgress, NothingInTheFirstSecondThenALineAtMostFourTimesASecondWipedAtTheEnd) {
  Timed timed;
  timed.progress.begin("importing", std::nullopt);
  timed.rows(3 * kLook);
  timed.now += 999ms;
  timed.rows(kLook);
  EXPECT_EQ(timed.err.str(), "");  // under a second: most work is over before anything shows

  timed.now += 1ms;
  timed.rows(kLook);  // a second in: the first line
  timed.now += 249ms;
  timed.rows(kLook);  // too soon for the next
  timed.now += 1ms;
  timed.rows(kLook - 1);  // the clock is read only every kLook rows
  timed.rows(1);
  timed.progress.end();
  EXPECT_EQ(timed.err.str(),
            "\rimporting: 5,120 rows\033[K"
            "\rimporting: 7,168 rows\033[K"
            "\r\033[K");
}

TEST(TerminalProgress, AKnownTotalShowsTheShareDone) {
  Timed timed;
  timed.progress.begin("exporting", 4 * kLook);
  timed.now += 2s;
  timed.rows(kLook);
  timed.progress.end();
  EXPECT_EQ(timed.err.str(), "\rexporting: 1,024 of 4,096 rows (25%)\033[K\r\033[K");
}

TEST(TerminalProgress, WorkOverWithinASecondLeavesNoTrace) {
  Timed timed;
  timed.progress.begin("importing", std::nullopt);
  timed.rows(100 * kLook);
  timed.now += 900ms;
  timed.rows(kLook);
  timed.progress.end();
  EXPECT_EQ(timed.err.str(), "");
}

TEST(TerminalProgress, EachRunStartsItsOwnSecond) {
  Timed timed;
  timed.progress.begin("importing", std::nullopt);
  timed.now += 5s;
  timed.rows(kLook);
  timed.progress.end();
  timed.err.str("");
  timed.progress.begin("exporting", std::nullopt);
  timed.rows(kLook);
  timed.progress.end();
  EXPECT_EQ(timed.err.str(), "");
}

}  // namespace

#include <gtest/gtest.h>

#include "commands/slugs.hpp"
#include "domain/day.hpp"
#include "domain/terminal_text.hpp"

using namespace backcare;

TEST(EscapeForTerminal, KeepsPrintableTextAndUnicode) {
  EXPECT_EQ(domain::escape_for_terminal("after the walk 😀 – ok"), "after the walk 😀 – ok");
}

TEST(EscapeForTerminal, EscapesEveryControlAndBadByte) {
  EXPECT_EQ(domain::escape_for_terminal("a\nb\tc\rd"), "a\\nb\\tc\\rd");
  EXPECT_EQ(domain::escape_for_terminal("\x1b[2J\x07"), "\\x1b[2J\\x07");
  EXPECT_EQ(domain::escape_for_terminal("\x7f"), "\\x7f");
  EXPECT_EQ(domain::escape_for_terminal("\xc2\x9b" "31m"), "\\u009b31m");
  EXPECT_EQ(domain::escape_for_terminal("\xff\xc0\xaf"), "\\xff\\xc0\\xaf");
}

TEST(FormatLong, NamesWeekdayAndMonthInEnglish) {
  EXPECT_EQ(domain::format_long(domain::Day{date::year{2026} / 11 / 24}), "Tue 24 Nov 2026");
  EXPECT_EQ(domain::format_long(domain::Day{date::year{2027} / 1 / 1}), "Fri 1 Jan 2027");
}

TEST(ClockText, WritesMinutesPastMidnightAsHoursAndMinutes) {
  EXPECT_EQ(domain::clock_text(0), "00:00");
  EXPECT_EQ(domain::clock_text(240), "04:00");
  EXPECT_EQ(domain::clock_text(12 * 60 + 5), "12:05");
  EXPECT_EQ(domain::clock_text(23 * 60 + 59), "23:59");
}

TEST(DiaryDay, EarlyHoursBelongToTheDayBefore) {
  const auto local = date::local_days{date::year{2026} / 11 / 26} + std::chrono::minutes{90};  // 01:30
  const domain::Now now{local, date::sys_seconds{local.time_since_epoch()}};
  EXPECT_EQ(domain::diary_day(now, 240), domain::Day{date::year{2026} / 11 / 25});
  EXPECT_EQ(domain::diary_day(now, 0), domain::Day{date::year{2026} / 11 / 26});
  EXPECT_EQ(domain::local_time_text(now), "01:30");
}

TEST(EditDistance, CountsEdits) {
  EXPECT_EQ(commands::edit_distance("back-rubb", "back-rub"), 1u);
  EXPECT_EQ(commands::edit_distance("", "abc"), 3u);
  EXPECT_EQ(commands::edit_distance("kitten", "sitting"), 3u);
}

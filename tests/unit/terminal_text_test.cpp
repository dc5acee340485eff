#include <gtest/gtest.h>

#include "commands/support/slugs.hpp"
#include "domain/place.hpp"
#include "domain/day.hpp"
#include "domain/terminal_text.hpp"

using namespace backcare;

TEST(EscapeForTerminal, KeepsPrintableTextAndUnicode) {
  EXPECT_EQ(domain::escape_for_terminal("after the walk 😀 – ok"), "after the walk 😀 – ok");
  EXPECT_EQ(domain::escape_for_terminal("café, naïve, ελληνικά, עברית, العربية"), "café, naïve, ελληνικά, עברית, العربية");
  // U+00A0 (no-break space) follows the C1 block; U+2028 sits between the bidi controls.
  EXPECT_EQ(domain::escape_for_terminal("a\u00a0b\u2028c\u2065d\u206ae"), "a\u00a0b\u2028c\u2065d\u206ae");
}

TEST(EscapeForTerminal, EscapesEveryControlAndBadByte) {
  EXPECT_EQ(domain::escape_for_terminal("a\nb\tc\rd"), "a\\nb\\tc\\rd");
  EXPECT_EQ(domain::escape_for_terminal("\x1b[2J\x07"), "\\x1b[2J\\x07");
  EXPECT_EQ(domain::escape_for_terminal(std::string("\0\x01\x1f", 3)), "\\x00\\x01\\x1f");
  EXPECT_EQ(domain::escape_for_terminal("\x7f"), "\\x7f");
  EXPECT_EQ(domain::escape_for_terminal("\xff\xc0\xaf"), "\\xff\\xc0\\xaf");
}

TEST(EscapeForTerminal, EscapesC1ControlsAsCodePoints) {
  EXPECT_EQ(domain::escape_for_terminal("\xc2\x9b" "31m"), "\\u009b31m");
  EXPECT_EQ(domain::escape_for_terminal("\u0080\u0085\u009f"), "\\u0080\\u0085\\u009f");
  // A lone C1 byte is not UTF-8: a byte escape, as any other stray byte.
  EXPECT_EQ(domain::escape_for_terminal("\x9b"), "\\x9b");
}

TEST(EscapeForTerminal, EscapesBidirectionalControls) {
  EXPECT_EQ(domain::escape_for_terminal("abc\u202edef"), "abc\\u202edef");
  EXPECT_EQ(domain::escape_for_terminal("\u202a\u202b\u202c\u202d"), "\\u202a\\u202b\\u202c\\u202d");
  EXPECT_EQ(domain::escape_for_terminal("\u2066\u2067\u2068\u2069"), "\\u2066\\u2067\\u2068\\u2069");
  EXPECT_EQ(domain::escape_for_terminal("\u200e\u200f\u061c"), "\\u200e\\u200f\\u061c");
}

TEST(EscapeForTerminal, ADocumentKeepsItsLineEnds) {
  EXPECT_EQ(domain::escape_document_for_terminal("a,\x1b]52;c;aGk=\x07\r\nb\u202e\nc\rd\n"),
            "a,\\x1b]52;c;aGk=\\x07\r\nb\\u202e\nc\\rd\n");
}

TEST(EscapeJsonControls, WritesC1AndBidiControlsAsJsonEscapes) {
  EXPECT_EQ(domain::escape_json_controls("{\"note\": \"\u009b31m \u202e é 😀 \\u001b\"}"),
            "{\"note\": \"\\u009b31m \\u202e é 😀 \\u001b\"}");
}

TEST(EscapeJsonControls, WritesDelAsAJsonEscape) {
  EXPECT_EQ(domain::escape_json_controls("{\"note\": \"a\x7f" "b\"}"), "{\"note\": \"a\\u007fb\"}");
}

TEST(QuotedPath, QuotesAndEscapesThePathWhole) {
  EXPECT_EQ(domain::quoted_path("/tmp/\x1b]0;x\x07/a\u202eb.db"), "'/tmp/\\x1b]0;x\\x07/a\\u202eb.db'");
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
  EXPECT_EQ(domain::edit_distance("back-rubb", "back-rub"), 1u);
  EXPECT_EQ(domain::edit_distance("", "abc"), 3u);
  EXPECT_EQ(domain::edit_distance("kitten", "sitting"), 3u);
}

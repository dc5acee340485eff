#include <gtest/gtest.h>

#include "domain/entry_id.hpp"
#include "domain/errors.hpp"
#include "domain/inputs.hpp"

using namespace backcare;
using namespace backcare::domain;
using date::days;

namespace {
const Day kThursday = Day{date::year{2026} / 11 / 26};
}

TEST(ParseLevel, AcceptsWholeNumbersZeroToTen) {
  for (int level = 0; level <= 10; ++level) EXPECT_EQ(parse_level(std::to_string(level)), level);
}

TEST(ParseLevel, RefusesEverythingElse) {
  for (const char* bad : {"11", "-1", "6.5", "six", "", "06", " 6", "6 ", "+6", "1e1", "100"}) {
    EXPECT_THROW(parse_level(bad), UserError) << bad;
  }
}

TEST(ParseLevel, MessageNamesTheValueAndTheScale) {
  try {
    parse_level("6.5");
    FAIL();
  } catch (const UserError& e) {
    EXPECT_STREQ(e.what(), "invalid pain level '6.5': accepted a whole number from 0 (no pain) to 10 (worst pain you can imagine), as 7 or 7/10");
  }
}

TEST(ParseDay, ReadsIsoRelativeAndWeekdayNames) {
  EXPECT_EQ(parse_day_argument("2026-11-20", kThursday, "--date"), Day{date::year{2026} / 11 / 20});
  EXPECT_EQ(parse_day_argument("today", kThursday, "--date"), kThursday);
  EXPECT_EQ(parse_day_argument("Yesterday", kThursday, "--date"), kThursday - days{1});
  EXPECT_EQ(parse_day_argument("thursday", kThursday, "--date"), kThursday);
  EXPECT_EQ(parse_day_argument("friday", kThursday, "--date"), kThursday - days{6});
  EXPECT_EQ(parse_day_argument("mon", kThursday, "--date"), kThursday - days{3});
}

TEST(ParseDay, AfterMidnightBeforeDayStartsTheDiaryDayAndTheCalendarDateDiffer) {
  // 00:30 on Friday 27 Nov: the diary day is still Thursday's.
  const Day friday = kThursday + days{1};
  EXPECT_EQ(parse_day_argument("today", kThursday, friday, "--date"), kThursday);
  EXPECT_EQ(parse_day_argument("yesterday", kThursday, friday, "--date"), kThursday - days{1});
  EXPECT_EQ(parse_day_argument("friday", kThursday, friday, "--date"), friday);  // not the Friday a week back
  EXPECT_EQ(parse_day_argument("thursday", kThursday, friday, "--date"), kThursday);
  EXPECT_EQ(parse_day_argument("2026-11-27", kThursday, friday, "--date"), friday);
  EXPECT_THROW(parse_day_argument("2026-11-28", kThursday, friday, "--date"), UserError);
}

TEST(ParseDay, RefusesImpossibleMalformedAndFutureDays) {
  for (const char* bad : {"2026-02-30", "2026-13-01", "2026-1-01", "26-11-2026", "", "tomorrow", "2026-11-27",
                          "2026-11-26x", "0000-01-01"}) {
    EXPECT_THROW(parse_day_argument(bad, kThursday, "--date"), UserError) << bad;
  }
}

TEST(ParseDay, FutureMessageSaysWhatIsAccepted) {
  try {
    parse_day_argument("2026-12-01", kThursday, "--date");
    FAIL();
  } catch (const UserError& e) {
    EXPECT_STREQ(e.what(), "--date '2026-12-01' is in the future: accepted a day up to today, 2026-11-26");
  }
}

TEST(ParseEntryDay, AtMostAYearBackOfTheDiaryDay) {
  EXPECT_EQ(parse_entry_day("2025-11-25", kThursday, kThursday), kThursday - days{366});
  EXPECT_EQ(parse_entry_day("yesterday", kThursday, kThursday), kThursday - days{1});
  // After midnight, before day-starts: counted from the diary day, the evening's.
  EXPECT_EQ(parse_entry_day("2025-11-25", kThursday, kThursday + days{1}), kThursday - days{366});
  try {
    parse_entry_day("2025-11-24", kThursday, kThursday);
    FAIL();
  } catch (const UserError& e) {
    EXPECT_STREQ(e.what(), "--date '2025-11-24' is more than a year back: accepted a day from 2025-11-25 to today; "
                           "older entries come in by 'backcare import'");
  }
  EXPECT_THROW(parse_entry_day("1900-01-01", kThursday, kThursday), UserError);
  EXPECT_THROW(parse_entry_day("2026-11-27", kThursday, kThursday), UserError);  // the future, as before
}

TEST(ParseCount, BoundsAndShape) {
  EXPECT_EQ(parse_count("20", 1, 600, "--minutes"), 20);
  for (const char* bad : {"0", "601", "-5", "2.5", "", "ten", "99999999999"}) {
    EXPECT_THROW(parse_count(bad, 1, 600, "--minutes"), UserError) << bad;
  }
}

TEST(CheckNote, LengthCountsCharactersNotBytes) {
  EXPECT_NO_THROW(check_note(std::string(1000, 'a')));
  EXPECT_THROW(check_note(std::string(1001, 'a')), UserError);
  std::string emoji;
  for (int i = 0; i < 1000; ++i) emoji += "\xF0\x9F\x98\x80";
  EXPECT_NO_THROW(check_note(emoji));
  EXPECT_THROW(check_note("bad \xFF byte"), UserError);
  EXPECT_THROW(check_note("overlong \xC0\xAF"), UserError);
}

TEST(ParseEntryId, KindAndRowAsHistoryShowsThem) {
  using Kind = EntryId::Kind;
  EXPECT_EQ(parse_entry_id("p12"), (EntryId{Kind::pain, 12}));
  EXPECT_EQ(parse_entry_id("D7"), (EntryId{Kind::done, 7}));
  EXPECT_EQ(format_entry_id({Kind::done, 7}), "d7");
  for (const char* bad : {"", "p", "12", "x12", "p0", "p-1", "p+1", "p12x", "p 12", "p99999999999999999999"}) {
    EXPECT_THROW(parse_entry_id(bad), UserError) << bad;
  }
}

#include <nlohmann/json.hpp>

#include "e2e/harness.hpp"

// Her days and her clock: after midnight and before day-starts (04:00 by default) it is still the
// evening's diary day, but a weekday or a date means the calendar one.

namespace backcare::e2e {
namespace {

class Clock : public DiaryTest {};

TEST_F(Clock, DayWordsAfterMidnightNameTheDaysSheMeans) {
  today_ = "2026-11-24T00:30";  // Tuesday 00:30: the diary day is Monday 23 Nov
  EXPECT_EQ(ok({"pain", "5"}), "logged pain 5/10 for Mon 23 Nov 2026\n");
  EXPECT_EQ(ok({"pain", "4", "--date", "today"}), "logged pain 4/10 for Mon 23 Nov 2026\n");
  EXPECT_EQ(ok({"pain", "3", "--date", "yesterday"}), "logged pain 3/10 for Sun 22 Nov 2026\n");
  EXPECT_EQ(ok({"pain", "6", "--date", "tuesday"}), "logged pain 6/10 for Tue 24 Nov 2026\n");
  EXPECT_EQ(ok({"done", "back-rub", "--date", "2026-11-24"}), "logged back-rub for Tue 24 Nov 2026\n");
  expect_refused({"pain", "6", "--date", "2026-11-25"},
                 "--date '2026-11-25' is in the future: accepted a day up to today, 2026-11-24");
}

TEST_F(Clock, NightEntriesComeAfterTheEvening) {
  today_ = "2026-11-23T21:00";
  ok({"pain", "6", "--note", "evening"});
  ok({"done", "back-rub"});
  today_ = "2026-11-24T02:00";  // a night feed: still Monday's diary day
  ok({"pain", "7", "--note", "night feed"});
  ok({"done", "hot-compress"});
  today_ = "2026-11-24T12:00";
  EXPECT_EQ(ok({"history", "--from", "2026-11-23"}),
            "History 2026-11-23 to 2026-11-24, newest first\n"
            "Mon 23 Nov 2026\n"
            "  p2  02:00  pain 7/10  night feed\n"
            "  d2  02:00  done hot-compress\n"
            "  p1  21:00  pain 6/10  evening\n"
            "  d1  21:00  done back-rub\n" + kHistoryHint);
  today_ = "2026-11-24T03:00";
  const auto today = ok({"today"});
  EXPECT_NE(today.find("  21:00  6/10   evening\n  02:00  7/10   night feed\n"), std::string::npos) << today;
}

TEST_F(Clock, ABackFilledEntryHasNoClockTimeUnlessGivenOne) {
  today_ = "2026-11-26T08:00";
  ok({"pain", "6", "--date", "yesterday"});
  EXPECT_EQ(ok({"pain", "5", "--date", "yesterday", "--time", "21:30"}), "logged pain 5/10 for Wed 25 Nov 2026\n");
  ok({"done", "back-rub", "--date", "2026-11-24", "--time", "02:00"});  // the night after Tuesday's evening
  ok({"done", "knee-hug", "--date", "2026-11-24", "--time", "21:00"});
  EXPECT_EQ(ok({"pain", "3", "--time", "07:45"}), "logged pain 3/10 for Thu 26 Nov 2026\n");
  EXPECT_EQ(ok({"history", "--from", "2026-11-24"}),
            "History 2026-11-24 to 2026-11-26, newest first\n"
            "Thu 26 Nov 2026\n"
            "  p3  07:45  pain 3/10\n"
            "Wed 25 Nov 2026\n"
            "  p1  —      pain 6/10\n"
            "  p2  21:30  pain 5/10\n"
            "Tue 24 Nov 2026\n"
            "  d1  02:00  done back-rub\n"
            "  d2  21:00  done knee-hug\n" + kHistoryHint);
  const auto json = nlohmann::json::parse(ok({"history", "--from", "2026-11-25", "--to", "2026-11-25", "--json"}));
  EXPECT_TRUE(json.at("entries").at(0).at("time").is_null());
  EXPECT_EQ(json.at("entries").at(0).at("logged_at"), "2026-11-26T08:00:00Z");  // when it was typed
  EXPECT_EQ(json.at("entries").at(1).at("time"), "21:30");
}

TEST_F(Clock, ATimeMustBeAClockTimeNotYetToCome) {
  today_ = "2026-11-26T08:00";
  expect_refused({"pain", "5", "--time", "25:00"}, "invalid --time '25:00': accepted HH:MM from 00:00 to 23:59");
  expect_refused({"done", "back-rub", "--time", "13:00"},
                 "--time 13:00 on Thu 26 Nov 2026 is in the future: accepted a time up to now, 08:00");
  // 02:00 with --date today is the coming night after today's evening: not yet.
  expect_refused({"pain", "5", "--date", "today", "--time", "02:00"},
                 "--time 02:00 on Thu 26 Nov 2026 is in the future: accepted a time up to now, 08:00");
}

TEST_F(Clock, TheWorstDayIsTheHighestEntryThenTheHigherMean) {
  // Tuesday 8 and 8 (mean 8) against Friday 7, 8, 7, 6 (mean 7): Tuesday, though Friday comes later.
  for (const char* level : {"8", "8"}) ok({"pain", level, "--date", "2026-11-17", "--time", "09:00"});
  for (const char* level : {"7", "8", "7", "6"}) ok({"pain", level, "--date", "2026-11-20", "--time", "09:00"});
  expect_golden("week_worst_day_ties", ok({"week", "2026-W47"}));
}

TEST_F(Clock, WindowsBeginNoEarlierThanTheDiary) {
  // Three weeks of a diary from Mon 2 Nov, back-rub on most days.
  pain_days("2026-11-02", {5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5});
  for (const char* day : {"2026-11-02", "2026-11-04", "2026-11-06", "2026-11-08", "2026-11-10", "2026-11-12",
                          "2026-11-14", "2026-11-16", "2026-11-18", "2026-11-20", "2026-11-22", "2026-11-24"}) {
    ok({"done", "back-rub", "--date", day});
  }
  const auto associations = [&](const char* weeks) {
    return nlohmann::json::parse(ok({"trend", "--weeks", weeks, "--json"})).at("associations");
  };
  // Days before the first entry are not "not done": five weeks or six, the same figures.
  EXPECT_EQ(associations("5"), associations("6"));
  EXPECT_EQ(associations("5").at(0).at("days_without"), 12);
  // The default trend starts at the first entry's week, not 8 weeks back.
  const auto trend = ok({"trend"});
  EXPECT_TRUE(trend.starts_with("Pain by week, 2026-W45 to 2026-W48\n")) << trend;
}

}  // namespace
}  // namespace backcare::e2e

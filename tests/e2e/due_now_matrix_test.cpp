// The due-now matrix, severe entries (issue 24): an 8 at 02:05 seen that morning and that evening after a
// 3, an 8 today, an 8 yesterday, an 8 two diary days ago, an 8 back-dated a week, an 8 ten weeks ago, and a
// quiet diary. Every command agrees while the entry is now, and none says "now" once it is past.
#include "e2e/due_now_matrix.hpp"

namespace backcare::e2e {
namespace {

class DueNowSevere : public DueNowMatrix {
 protected:
  void SetUp() override {
    DueNowMatrix::SetUp();
    mild_weeks();
  }
};

/// An 8 logged at 02:05 on Fri 27 Nov: before day-starts, so it counts for Thu 26 Nov.
class DueNowAtTwoFive : public DueNowSevere {
 protected:
  void SetUp() override {
    DueNowSevere::SetUp();
    today_ = "2026-11-27T02:05";
    EXPECT_EQ(ok({"pain", "8"}), "logged pain 8/10 for Thu 26 Nov 2026\n" + pointer_for(why_));
  }
  const std::string why_ = "an entry of 8/10 on Thu 26 Nov 2026";
};

TEST_F(DueNowAtTwoFive, ThatMorningEveryCommandPoints) {
  today_ = "2026-11-27T09:00";
  expect_everywhere(why_);
}

TEST_F(DueNowAtTwoFive, ThatEveningAfterAThreeEveryCommandStillPoints) {
  today_ = "2026-11-27T20:00";
  EXPECT_EQ(ok({"pain", "3"}), "logged pain 3/10 for Fri 27 Nov 2026\n" + pointer_for(why_));
  expect_everywhere(why_);  // suggest --all --helper included: no knee-hug, sit-up or waist-roll
  expect_golden("due_now_0205_evening_today", ok({"today"}));
  expect_golden("due_now_0205_evening_suggest_json", ok({"suggest", "--json"}));
}

TEST_F(DueNowAtTwoFive, TheNextDayItIsPastEverywhere) {
  today_ = "2026-11-27T20:00";
  ok({"pain", "3"});
  today_ = "2026-11-28T09:00";
  expect_everywhere(std::nullopt);
  expect_past(seen({"week"}), {"severe_entry", "2026-11-26", why_});
}

/// An 8 on Tue 24 Nov, with a 2 (a daily mean of 5, so the week does not rise).
class DueNowTwoDaysAgo : public DueNowSevere {
 protected:
  void SetUp() override {
    DueNowSevere::SetUp();
    ok({"pain", "8", "--date", "2026-11-24"});
    ok({"pain", "2", "--date", "2026-11-24"});
  }
  const std::string why_ = "an entry of 8/10 on Tue 24 Nov 2026";
};

TEST_F(DueNowTwoDaysAgo, TheDayAfterItIsStillNow) {
  today_ = "2026-11-25T20:00";
  expect_everywhere(why_);
}

TEST_F(DueNowTwoDaysAgo, TwoDiaryDaysOnNothingPointsAndTheWeekNamesItInThePast) {
  expect_everywhere(std::nullopt);
  const auto week = seen({"week"});
  expect_past(week, {"severe_entry", "2026-11-24", why_});
  const auto named = seen({"week", "2026-W48"});
  EXPECT_EQ(named.text, week.text);
  expect_past(seen({"trend"}), {"severe_entry", "2026-11-24", why_});
  expect_past(report(), {"severe_entry", "2026-11-24", why_});
  expect_golden("due_now_two_days_ago_week", week.text);
  expect_golden("due_now_two_days_ago_week_json", week.json.dump(2) + "\n");
}

TEST_F(DueNowSevere, AnEightTodayPointsEverywhere) {
  ok({"pain", "8"});
  expect_everywhere("an entry of 8/10 on Thu 26 Nov 2026");
}

TEST_F(DueNowSevere, AnEightYesterdayPointsEverywhereUntilTheDayAfter) {
  ok({"pain", "8", "--date", "yesterday"});
  ok({"pain", "2", "--date", "yesterday"});  // a daily mean of 5: the week does not rise
  expect_everywhere("an entry of 8/10 on Wed 25 Nov 2026");
  today_ = "2026-11-27T20:00";
  expect_everywhere(std::nullopt);
}

TEST_F(DueNowSevere, ABackDatedEightIsNamedInThePastAndIsNotDue) {
  const std::string why = "an entry of 8/10 on Thu 19 Nov 2026";
  EXPECT_EQ(ok({"pain", "8", "--date", "2026-11-19"}),
            "logged pain 8/10 for Thu 19 Nov 2026\nYou logged 8/10 for Thu 19 Nov 2026: if pain like that or any "
            "sign in 'backcare redflags' is back, read it.\n");
  const auto logged = ok({"pain", "8", "--date", "2026-11-19", "--json"});
  expect_past_json(nlohmann::json::parse(logged), {"severe_entry", "2026-11-19", why});
  expect_golden("due_now_backdated_pain_json", logged);
  expect_everywhere(std::nullopt);
  expect_past(seen({"week", "last"}), {"severe_entry", "2026-11-19", why});
}

TEST_F(DueNowSevere, AnEightTenWeeksAgoIsListedInThePastByTheReport) {
  const std::string why = "an entry of 8/10 on Thu 17 Sep 2026";
  ok({"pain", "8", "--date", "2026-09-17"});
  expect_everywhere(std::nullopt);
  const auto page = report();
  EXPECT_EQ(page.json.at("from"), "2026-09-14");  // the last 12 weeks, from the diary's first week
  expect_past(page, {"severe_entry", "2026-09-17", why});
  EXPECT_EQ(count(page.text, kNowReport), 0);
  const auto trend = seen({"trend", "--all"});
  expect_past(trend, {"severe_entry", "2026-09-17", why});
  EXPECT_EQ(seen({"trend"}).json.at("redflags_past"), nlohmann::json::array());  // the last 8 weeks: not in them
  const auto september = dir_ / "september.html";
  const auto asked = nlohmann::json::parse(
      ok({"report", "--from", "2026-09-01", "--to", "2026-09-30", "--out", september.string(), "--json"}));
  expect_past_json(asked, {"severe_entry", "2026-09-17", why});
  EXPECT_EQ(asked.at("redflags"), false);
  EXPECT_EQ(count(read_file(september), kNowReport), 0);
  expect_golden("due_now_ten_weeks_ago_trend_all", trend.text);
  expect_golden("due_now_ten_weeks_ago_report_json", page.json.dump(2) + "\n");
}

TEST_F(DueNowSevere, AQuietDiaryPointsNowhereAndListsNothingPast) {
  expect_everywhere(std::nullopt);
  for (const auto& args : std::vector<std::vector<std::string>>{{"week"}, {"week", "last"}, {"trend"}}) {
    const auto week = seen(args);
    EXPECT_EQ(week.json.at("redflags_past"), nlohmann::json::array()) << week.what;
  }
  EXPECT_EQ(report().json.at("redflags_past"), nlohmann::json::array());
}

}  // namespace
}  // namespace backcare::e2e

// The due-now matrix, rises over the weeks (issue 24): this week once it has 3 logged days, last week seen
// on a Monday, a rise four weeks ago (not now), a rise on Sunday weeks, and a rise on the baseline only.
// The latest week is this week or last week, never older.
#include "e2e/due_now_matrix.hpp"

namespace backcare::e2e {
namespace {

class DueNowWeeks : public DueNowMatrix {
 protected:
  void SetUp() override {
    DueNowMatrix::SetUp();
    free_to_exercise();
  }
  const std::string rise_ = "pain rose 2.0 points since the week before";
};

/// 2026-W47 at 3 on Mon to Wed, 2026-W48 at 5 on Mon to Wed: +2.0 points, no percent under a mean of 4.
class DueNowRise : public DueNowWeeks {
 protected:
  void SetUp() override {
    DueNowWeeks::SetUp();
    pain_days("2026-11-16", {3, 3, 3});
    pain_days("2026-11-23", {5, 5, 5});
    neutral_ = 5;  // a 5 today keeps the week at 5
  }
};

TEST_F(DueNowRise, ThisWeekWithThreeLoggedDaysPointsEverywhere) {
  expect_everywhere(rise_);
  const auto last = seen({"week", "last"});
  EXPECT_EQ(last.json.at("redflags_past"), nlohmann::json::array());  // the rise is this week's, and now
  expect_golden("due_now_rise_this_week_trend_json", seen({"trend"}).json.dump(2) + "\n");
}

TEST_F(DueNowRise, ThisWeekWithTwoLoggedDaysIsNotYetTheLatest) {
  today_ = "2026-11-24T20:00";  // Tuesday: 2026-W48 has two days, and 2026-W47 has no week before it
  expect_everywhere(std::nullopt);
}

TEST_F(DueNowRise, LastWeeksRiseSeenOnMondayPointsEverywhere) {
  ok({"pain", "5", "--date", "2026-11-26"});
  today_ = "2026-11-30T09:00";  // 2026-W49 is empty: the latest week is 2026-W48
  neutral_ = 4;
  expect_everywhere(rise_);
  const auto last = seen({"week", "last"});
  EXPECT_EQ(last.json.at("week"), "2026-W48");
  EXPECT_EQ(last.json.at("redflags_past"), nlohmann::json::array());  // the pointer says it, in the present
  EXPECT_EQ(seen({"trend"}).json.at("redflags_past"), nlohmann::json::array());
  const auto plan = ok({"plan"});
  EXPECT_TRUE(plan.starts_with(pointer_for(rise_))) << plan;
  expect_golden("due_now_rise_monday_plan", plan);
  expect_golden("due_now_rise_monday_week_last_json", last.json.dump(2) + "\n");
}

TEST_F(DueNowRise, AWeekLaterTheRiseIsPastAndItsWeekSaysSo) {
  ok({"pain", "5", "--date", "2026-11-26"});
  today_ = "2026-12-07T09:00";  // 2026-W49 was empty: the rise of 2026-W48 is not now
  neutral_ = 4;
  expect_everywhere(std::nullopt);
  const std::string past = "pain rose 2.0 points in 2026-W48, on the week before";
  expect_past(seen({"week", "2026-W48"}), {"rise_on_previous_week", "2026-11-23", past});
}

TEST_F(DueNowWeeks, ARiseFourWeeksAgoIsNotNowButItsWeekTrendAndReportNameIt) {
  pain_days("2026-10-19", {3, 3, 3});
  pain_days("2026-10-26", {5, 5, 5});
  pain_days("2026-11-16", {5, 5, 5});
  pain_days("2026-11-23", {5, 5, 5});
  neutral_ = 5;
  expect_everywhere(std::nullopt);
  const std::string past = "pain rose 2.0 points in 2026-W44, on the week before";
  expect_past(seen({"week", "2026-W44"}), {"rise_on_previous_week", "2026-10-26", past});
  expect_past(seen({"trend"}), {"rise_on_previous_week", "2026-10-26", past});
  expect_past(report(), {"rise_on_previous_week", "2026-10-26", past});
}

/// Sunday weeks: 15 to 21 Nov at 3 on three days, 22 to 28 Nov at 5 on three days; today Wed 25 Nov.
class DueNowSundayWeeks : public DueNowWeeks {
 protected:
  void SetUp() override {
    DueNowWeeks::SetUp();
    ok({"config", "week-start", "sunday"});
    pain_days("2026-11-15", {3, 3, 3});
    pain_days("2026-11-22", {5, 5, 5});
    today_ = "2026-11-25T20:00";
    neutral_ = 5;
  }
};

TEST_F(DueNowSundayWeeks, TheSundayWeekRisesAndEveryCommandPoints) {
  expect_everywhere(rise_);
  const auto week = seen({"week"});
  EXPECT_EQ(week.json.at("week"), "2026-11-22");
  expect_golden("due_now_sunday_rise_week", week.text);
}

TEST_F(DueNowSundayWeeks, TheSameDaysInMondayWeeksDoNotRise) {
  // Mon 16 to Sun 22 holds 3, 3 and 5; Mon 23 to Sun 29 two days: no week to compare with another.
  ok({"config", "week-start", "monday"});
  neutral_ = 3;  // a third day of 2026-W48 at 3 keeps it within 30% of 2026-W47's 3.7
  expect_everywhere(std::nullopt);
}

TEST_F(DueNowWeeks, ARiseOnTheBaselineOnlyPointsEverywhere) {
  // The baseline 2026-W45 at 4.6 on five days; 2026-W47 at 5.75 and 2026-W48 at 6.0: +1.4 (30%) on the
  // baseline, +0.3 on the week before.
  pain_days("2026-11-02", {5, 5, 4, 5, 4});
  pain_days("2026-11-16", {6, 6, 5, 6});
  pain_days("2026-11-23", {6, 6, 6, 6});
  neutral_ = 6;
  expect_everywhere("pain rose 1.4 points (30%) since your baseline week");
  EXPECT_EQ(seen({"week"}).json.at("change_code"), "little_or_no_change");
}

}  // namespace
}  // namespace backcare::e2e

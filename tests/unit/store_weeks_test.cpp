#include <gtest/gtest.h>

#include "rules/rulebook.hpp"
#include "store/store.hpp"
#include "support/fixtures.hpp"

using namespace backcare;
using namespace backcare::domain;
using namespace backcare::fixtures;

namespace {

const Day kWeeksToday = Day{date::year{2026} / 11 / 26};  // a Thursday
Day ago(int days) { return kWeeksToday - date::days{days}; }

void done_on(store::Store& store, const std::string& slug, const std::vector<int>& days_ago) {
  for (const int days : days_ago) store.add_completions({completion(ago(days), slug)});
}

}  // namespace

TEST(StoreRuns, EndTodayWhenDoneTodayElseYesterday) {
  auto store = store::Store::open_memory(content_with({"back-rub", "knee-hug", "palm-press", "hot-compress"}));
  done_on(store, "back-rub", {1, 2, 3, 4, 7, 8});      // yesterday and the 3 days before: 4, not yet today
  done_on(store, "knee-hug", {0});                     // today only
  done_on(store, "palm-press", {0, 1, 1, 2, 5});       // twice on one day counts as one day: 3
  done_on(store, "hot-compress", {2, 3, 4});           // the day before yesterday: the run has ended
  const auto runs = store.runs_up_to(kWeeksToday);
  EXPECT_EQ(runs, (std::map<std::string, int>{{"back-rub", 4}, {"knee-hug", 1}, {"palm-press", 3}}));
  EXPECT_TRUE(store.runs_up_to(ago(20)).empty());
}

TEST(StoreRuns, ALongRunIsCountedToItsStart) {
  auto store = store::Store::open_memory(content_with({"back-rub"}));
  std::vector<int> every_day;
  for (int days = 0; days < 700; ++days) every_day.push_back(days);
  done_on(store, "back-rub", every_day);
  EXPECT_EQ(store.runs_up_to(kWeeksToday).at("back-rub"), 700);
}

TEST(StoreWeeks, TheFirstAndLatestWeekWithEnoughDays) {
  auto store = store::Store::open_memory(content_with({"back-rub"}));
  // Week of 2 Nov: 2 days; week of 9 Nov: 5 days (the baseline); week of 16 Nov: 3 days; this week: 2.
  for (const int days : {24, 23, 17, 16, 15, 14, 13, 10, 9, 8, 3, 2}) store.add_pain(pain_entry(ago(days), 4));
  const auto baseline = store.first_week_where(rules::can_be_baseline, WeekStart::monday, kWeeksToday);
  ASSERT_EQ(baseline.size(), 5u);
  EXPECT_EQ(baseline.front().day, ago(17));
  EXPECT_EQ(baseline.back().day, ago(13));
  const auto latest = store.last_week_where(rules::comparable, WeekStart::monday, kWeeksToday);
  ASSERT_EQ(latest.size(), 3u);
  EXPECT_EQ(latest.front().day, ago(10));
  EXPECT_TRUE(store.first_week_where(rules::can_be_baseline, WeekStart::monday, ago(14)).empty());
}

#include <gtest/gtest.h>

#include "store/store.hpp"
#include "support/fixtures.hpp"

using namespace backcare;
using namespace backcare::domain;
using namespace backcare::fixtures;

namespace {

Day day(unsigned d) { return Day{date::year{2026} / 11 / d}; }
}  // namespace

TEST(StoreReportReads, DailyCompletionsCountPerDayAndRoutine) {
  auto store = store::Store::open_memory(content_with({"palm-press", "back-rub"}));
  store.add_completions(
      {completion(day(20), "back-rub"), completion(day(20), "back-rub"), completion(day(20), "palm-press")});
  store.add_completions({completion(day(22), "back-rub"), completion(day(25), "back-rub")});
  const auto rows = store.daily_completions({day(20), day(25)});
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].day, day(20));
  EXPECT_EQ(rows[0].slug, "back-rub");
  EXPECT_EQ(rows[0].count, 2);
  EXPECT_EQ(rows[1].slug, "palm-press");
  EXPECT_EQ(rows[1].count, 1);
  EXPECT_EQ(rows[2].day, day(22));  // 25 Nov lies outside the half-open range
}

TEST(StoreReportReads, LatestDailyPainUpToADay) {
  auto store = store::Store::open_memory(content_with({"palm-press", "back-rub"}));
  EXPECT_FALSE(store.latest_daily_pain(day(26)));
  store.add_pain(pain_entry(day(20), 6));
  store.add_pain(pain_entry(day(24), 7));
  store.add_pain(pain_entry(day(24), 8));
  store.add_pain(pain_entry(day(26), 2));
  const auto latest = store.latest_daily_pain(day(25));
  ASSERT_TRUE(latest);
  EXPECT_EQ(latest->day, day(24));
  EXPECT_DOUBLE_EQ(latest->mean, 7.5);
  EXPECT_EQ(latest->max, 8);
  EXPECT_EQ(latest->entries, 2);
  EXPECT_EQ(store.latest_daily_pain(day(26))->day, day(26));
  EXPECT_FALSE(store.latest_daily_pain(day(19)));
}

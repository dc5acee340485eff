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

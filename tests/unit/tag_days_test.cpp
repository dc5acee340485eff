#include <gtest/gtest.h>

#include "reports/tag_days.hpp"

using backcare::reports::ranked_tag_days;
using backcare::reports::TagDays;

TEST(TagDays, MostDaysFirstThenBySlug) {
  const auto ranked = ranked_tag_days({{"poor-sleep", 2}, {"lifting", 3}, {"hard-day", 2}, {"night-feeds", 1}});
  EXPECT_EQ(ranked, (std::vector<TagDays>{{"lifting", 3}, {"hard-day", 2}, {"poor-sleep", 2}, {"night-feeds", 1}}));
  EXPECT_TRUE(ranked_tag_days({}).empty());
}

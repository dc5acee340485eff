// reports::tag_factors: a tag is about its day, whichever entry carries it (issue 29).
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "reports/patterns.hpp"

using namespace backcare::reports;
using backcare::domain::Day;

namespace {

Day factors_day(const char* iso) { return *backcare::domain::parse_iso(iso); }

backcare::domain::DayTag factors_day_tag(const char* iso, const std::string& slug) {
  backcare::domain::DayTag tag;
  tag.day = factors_day(iso);
  tag.slug = slug;
  return tag;
}

backcare::domain::PainEntry factors_pain(const char* iso, std::vector<std::string> tags) {
  backcare::domain::PainEntry entry;
  entry.day = factors_day(iso);
  entry.level = 4;
  entry.tags = std::move(tags);
  return entry;
}

/// March 2026, from the 1st to the 31st.
const backcare::domain::DateRange kFactorsMarch{factors_day("2026-03-01"), factors_day("2026-04-01")};

}  // namespace

TEST(PatternFactors, ATagIsOnADayAsADaysTagOrOnAnyEntryThatDay) {
  backcare::domain::Completion done;
  done.day = factors_day("2026-03-04");
  done.slug = "back-rub";
  done.tags = {"lifting"};
  // Carried twice on the 2nd (the day and its entry): still one day.
  const auto factors = tag_factors({factors_day_tag("2026-03-02", "lifting"), factors_day_tag("2026-03-05", "poor-sleep")},
                                   {factors_pain("2026-03-03", {"lifting", "hard-day"}), factors_pain("2026-03-02", {"lifting"})},
                                   {done}, kFactorsMarch);
  ASSERT_EQ(factors.size(), 3u);
  EXPECT_EQ(factors[0].slug, "hard-day");
  EXPECT_EQ(factors[1].slug, "lifting");
  EXPECT_EQ(factors[1].days, (std::set<Day>{factors_day("2026-03-02"), factors_day("2026-03-03"),
                                            factors_day("2026-03-04")}));
  EXPECT_EQ(factors[2].slug, "poor-sleep");
  for (const auto& factor : factors) EXPECT_EQ(factor.kind, FactorKind::tag);
}

TEST(PatternFactors, OnlyTheDaysOfTheRangeCount) {
  const auto factors = tag_factors({factors_day_tag("2026-02-28", "lifting"), factors_day_tag("2026-03-31", "lifting")},
                                   {factors_pain("2026-04-01", {"hard-day"})}, {}, kFactorsMarch);
  ASSERT_EQ(factors.size(), 1u);
  EXPECT_EQ(factors[0].days, std::set<Day>{factors_day("2026-03-31")});
}

TEST(PatternFactors, RoutinesAreTheDaysTheyWereDone) {
  const std::vector<backcare::domain::DailyCompletions> done{{factors_day("2026-03-01"), "back-rub", 2},
                                                            {factors_day("2026-03-09"), "back-rub", 1},
                                                            {factors_day("2026-04-01"), "knee-hug", 1}};
  const auto factors = routine_factors(done, kFactorsMarch);
  ASSERT_EQ(factors.size(), 1u);
  EXPECT_EQ(factors[0].kind, FactorKind::routine);
  EXPECT_EQ(factors[0].days, (std::set<Day>{factors_day("2026-03-01"), factors_day("2026-03-09")}));
}

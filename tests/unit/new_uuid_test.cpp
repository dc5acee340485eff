// The UUIDs backcare gives new rows (issue 28): version 7, lower case, not repeated, and each sorting
// after the one before, whatever the clock does.
#include <gtest/gtest.h>

#include <chrono>
#include <set>

#include "domain/version.hpp"
#include "store/new_uuid.hpp"

namespace backcare::store {
namespace {

std::uint64_t millis_now() {
  using namespace std::chrono;
  return std::uint64_t(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

/// The millisecond a version 7 UUID carries in its first 12 hex digits.
std::uint64_t uuid_millis(const std::string& uuid) {
  return std::stoull(uuid.substr(0, 8) + uuid.substr(9, 4), nullptr, 16);
}

TEST(NewUuid, IsAVersionSevenUuidInLowerCaseCarryingTheWallClock) {
  const auto before = millis_now();
  for (int i = 0; i < 1000; ++i) {
    const auto uuid = new_uuid();
    ASSERT_TRUE(domain::is_uuid(uuid)) << uuid;
    EXPECT_EQ(uuid[14], '7') << uuid;
    EXPECT_NE(std::string_view("89ab").find(uuid[19]), std::string_view::npos) << uuid;
    EXPECT_GE(uuid_millis(uuid), before) << uuid;
    // The counter may run a few milliseconds ahead when many are made within one.
    EXPECT_LE(uuid_millis(uuid), millis_now() + 1000) << uuid;
  }
}

TEST(NewUuid, AHundredThousandAreAllDifferentEachAfterTheLastAndUseEveryDigit) {
  std::set<char> digits;
  std::string last;
  for (int i = 0; i < 100000; ++i) {
    const auto uuid = new_uuid();
    ASSERT_LT(last, uuid) << "made " << i;
    last = uuid;
    digits.insert(uuid.begin() + 24, uuid.end());
  }
  EXPECT_EQ(digits.size(), 16U);
}

TEST(NewUuid, TheClocksNextMillisecondStartsTheCounterLowEnoughToCount) {
  EXPECT_EQ(next_order({100, 4000}, 101, 0xffff).millis, 101U);
  EXPECT_EQ(next_order({100, 4000}, 101, 0xffff).counter, 0x7ffU);
  EXPECT_EQ(next_order({100, 4000}, 101, 0x1234).counter, 0x234U);
}

TEST(NewUuid, TheSameMillisecondCountsUpAndCarriesIntoTheNext) {
  EXPECT_EQ(next_order({100, 7}, 100, 0).millis, 100U);
  EXPECT_EQ(next_order({100, 7}, 100, 0).counter, 8U);
  EXPECT_EQ(next_order({100, 0xfff}, 100, 0).millis, 101U);
  EXPECT_EQ(next_order({100, 0xfff}, 100, 0).counter, 0U);
}

TEST(NewUuid, AClockThatWentBackStillOrdersEachAfterTheLast) {
  EXPECT_EQ(next_order({100, 7}, 40, 0).millis, 100U);
  EXPECT_EQ(next_order({100, 7}, 40, 0).counter, 8U);
  EXPECT_EQ(next_order({100, 0xfff}, 40, 0).millis, 101U);
}

}  // namespace
}  // namespace backcare::store

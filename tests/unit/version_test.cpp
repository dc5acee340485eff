#include "domain/version.hpp"

#include <gtest/gtest.h>

using namespace backcare::domain;

TEST(Stamp, TextOrderIsStampOrderAndReadsBack) {
  const Stamp a{1795694400000, 0}, b{1795694400000, 12}, c{1795694400001, 0};
  EXPECT_EQ(format_stamp(a), "1795694400000-0000");
  EXPECT_EQ(format_stamp(b), "1795694400000-0012");
  EXPECT_EQ(format_stamp({0, 0}), "0000000000000-0000");
  EXPECT_LT(format_stamp(a), format_stamp(b));
  EXPECT_LT(format_stamp(b), format_stamp(c));
  for (const auto stamp : {a, b, c}) EXPECT_EQ(parse_stamp(format_stamp(stamp)), stamp);
  for (const char* bad : {"", "1795694400000-000", "1795694400000_0000", "179569440000a-0000", "-795694400000-0000",
                          "1795694400000-00000", " 795694400000-0000"}) {
    EXPECT_FALSE(parse_stamp(bad)) << bad;
  }
}

TEST(Stamp, TheNextReadingTakesTheWallClockWhenAheadAndNeverGoesBack) {
  EXPECT_EQ(next_stamp({1000, 7}, 2000), (Stamp{2000, 0}));
  // The same millisecond, or a wall clock set back: the counter moves on from the diary's own reading.
  EXPECT_EQ(next_stamp({2000, 0}, 2000), (Stamp{2000, 1}));
  EXPECT_EQ(next_stamp({2000, 3}, 500), (Stamp{2000, 4}));
  // A full counter moves to the next millisecond, still later in text order.
  const Stamp full{2000, kMaxStampCounter};
  EXPECT_EQ(next_stamp(full, 500), (Stamp{2001, 0}));
  EXPECT_LT(format_stamp(full), format_stamp(next_stamp(full, 500)));
}

TEST(IdentityForm, UuidsAndDevicesAreCheckedInTheFormBackcareWrites) {
  EXPECT_TRUE(is_uuid("0f8fad5b-d9cb-469f-a165-70867728950e"));
  for (const char* bad : {"", "0F8FAD5B-D9CB-469F-A165-70867728950E", "0f8fad5b-d9cb-469f-a165-70867728950",
                          "0f8fad5bd9cb-469f-a165-70867728950e0", "0f8fad5b-d9cb-469f-a165-70867728950g"}) {
    EXPECT_FALSE(is_uuid(bad)) << bad;
  }
  EXPECT_TRUE(is_device("a1b2c3d4e5f60718"));
  EXPECT_TRUE(is_device("0"));
  for (const char* bad : {"", "A1B2", "a1b2 c3", "0123456789abcdef0123456789abcdef0"}) EXPECT_FALSE(is_device(bad)) << bad;
}

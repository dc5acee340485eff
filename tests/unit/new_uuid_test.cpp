// The UUIDs backcare gives new rows (issue 28): version 4, lower case, and not repeated.
#include <gtest/gtest.h>

#include <set>

#include "domain/version.hpp"
#include "store/new_uuid.hpp"

namespace backcare::store {
namespace {

TEST(NewUuid, IsAVersionFourUuidInLowerCase) {
  for (int i = 0; i < 1000; ++i) {
    const auto uuid = new_uuid();
    ASSERT_TRUE(domain::is_uuid(uuid)) << uuid;
    EXPECT_EQ(uuid[14], '4') << uuid;
    EXPECT_NE(std::string_view("89ab").find(uuid[19]), std::string_view::npos) << uuid;
  }
}

TEST(NewUuid, TenThousandAreAllDifferentAndUseEveryDigit) {
  std::set<std::string> made;
  std::set<char> digits;
  // More than one draw of the pool of random bytes (256 UUIDs a draw).
  for (int i = 0; i < 10000; ++i) {
    const auto uuid = new_uuid();
    made.insert(uuid);
    digits.insert(uuid.begin(), uuid.begin() + 8);
  }
  EXPECT_EQ(made.size(), 10000U);
  EXPECT_EQ(digits.size(), 16U);
}

}  // namespace
}  // namespace backcare::store

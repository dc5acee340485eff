#include <gtest/gtest.h>

#include "domain/text.hpp"

using backcare::domain::join;
using backcare::domain::lower;

TEST(Lower, ChangesAsciiLettersOnly) {
  EXPECT_EQ(lower("Monday CSV .Json"), "monday csv .json");
  EXPECT_EQ(lower("already-lower 42"), "already-lower 42");
  EXPECT_EQ(lower(""), "");
}

TEST(Lower, KeepsUtf8AndOtherBytes) {
  EXPECT_EQ(lower("ÉTÉ ÜNÏ 😀"), "ÉtÉ ÜnÏ 😀");  // only the ASCII T and N change
  EXPECT_EQ(lower(std::string("A\0B\xff", 4)), std::string("a\0b\xff", 4));
}

TEST(Join, PutsTheSeparatorBetweenPartsOnly) {
  EXPECT_EQ(join({}, ", "), "");
  EXPECT_EQ(join({"back-rub"}, ", "), "back-rub");
  EXPECT_EQ(join({"back-rub", "knee-hug", "palm-press"}, ", "), "back-rub, knee-hug, palm-press");
  EXPECT_EQ(join({"a", "b"}, ""), "ab");
}

TEST(Join, KeepsEmptyParts) {
  EXPECT_EQ(join({"", "date", ""}, ","), ",date,");
  EXPECT_EQ(join({"", ""}, "; "), "; ");
}

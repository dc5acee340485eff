#include "domain/day.hpp"

#include <gtest/gtest.h>

namespace backcare::domain {
namespace {

// format_iso writes four-digit years by hand: it must write what date::format writes, for every day.
TEST(FormatIso, WritesWhatDateFormatWrites) {
  using date::year;
  for (const auto ymd : {year{0} / 1 / 1, year{9} / 12 / 31, year{999} / 2 / 28, year{1900} / 1 / 1,
                         year{2024} / 2 / 29, year{9999} / 12 / 31}) {
    EXPECT_EQ(format_iso(Day{ymd}), date::format("%F", Day{ymd}));
  }
  EXPECT_EQ(format_iso(*parse_iso("2026-11-26")), "2026-11-26");
}

TEST(FormatIso, RoundTripsEveryDayOfACentury) {
  const Day first = *parse_iso("1950-01-01");
  for (Day day = first; day < first + date::days{36525}; day += date::days{1}) {
    ASSERT_EQ(parse_iso(format_iso(day)), day);
  }
}

TEST(FormatIso, YearsBeyondFourDigitsStillWrite) {
  for (const Day far : {Day{date::year{10000} / 1 / 2}, Day{date::year{-1} / 3 / 4}}) {
    EXPECT_EQ(format_iso(far), date::format("%F", far));
  }
}

}  // namespace
}  // namespace backcare::domain

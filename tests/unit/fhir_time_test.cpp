// FHIR's dateTime and instant of an entry (issue 30): the calendar day of a night entry, the offset in
// force at the instant, the hours a clock skips and repeats, an entry without a time.
#include <gtest/gtest.h>

#include "transfer/fhir_bundle.hpp"

namespace backcare::transfer {
namespace {

using namespace std::chrono_literals;

/// London's rule for 2026: +01:00 from 01:00 UTC on 29 March to 01:00 UTC on 25 October.
domain::Zone london_2026() {
  return {[](date::sys_seconds utc) {
    const auto starts = date::sys_days{date::year{2026} / 3 / 29} + 1h;
    const auto ends = date::sys_days{date::year{2026} / 10 / 25} + 1h;
    return utc >= starts && utc < ends ? std::chrono::seconds{1h} : 0s;
  }};
}

TEST(FhirTime, ATimeIsWrittenWithTheOffsetInForceThen) {
  EXPECT_EQ(fhir_date_time("2026-07-01", "12:15", london_2026(), 240), "2026-07-01T12:15:00+01:00");
  EXPECT_EQ(fhir_date_time("2026-12-01", "12:15", london_2026(), 240), "2026-12-01T12:15:00+00:00");
  EXPECT_EQ(fhir_date_time("2026-12-01", "12:15", domain::fixed_zone(-5h - 30min), 240), "2026-12-01T12:15:00-05:30");
}

TEST(FhirTime, ANightEntryIsOnTheCalendarDayAfterItsDiaryDay) {
  EXPECT_EQ(fhir_date_time("2026-07-01", "03:59", london_2026(), 240), "2026-07-02T03:59:00+01:00");
  EXPECT_EQ(fhir_date_time("2026-07-01", "04:00", london_2026(), 240), "2026-07-01T04:00:00+01:00");
  EXPECT_EQ(fhir_date_time("2026-07-01", "00:30", london_2026(), 0), "2026-07-01T00:30:00+01:00");
}

TEST(FhirTime, TheHoursAClockSkipsAndRepeats) {
  // 01:30 on 29 March does not exist in London: read with the offset before, it is 02:30 summer time.
  EXPECT_EQ(fhir_date_time("2026-03-28", "01:30", london_2026(), 240), "2026-03-29T02:30:00+01:00");
  // 01:30 on 25 October happens twice: the later, in winter time.
  EXPECT_EQ(fhir_date_time("2026-10-24", "01:30", london_2026(), 240), "2026-10-25T01:30:00+00:00");
  EXPECT_EQ(fhir_date_time("2026-10-24", "00:30", london_2026(), 240), "2026-10-25T00:30:00+01:00");
}

/// New York's rule for 2026: -04:00 from 07:00 UTC on 8 March to 06:00 UTC on 1 November, else -05:00.
domain::Zone new_york_2026() {
  return {[](date::sys_seconds utc) {
    const auto starts = date::sys_days{date::year{2026} / 3 / 8} + 7h;
    const auto ends = date::sys_days{date::year{2026} / 11 / 1} + 6h;
    return utc >= starts && utc < ends ? std::chrono::seconds{-4h} : std::chrono::seconds{-5h};
  }};
}

TEST(FhirTime, TheHoursAClockSkipsAndRepeatsWestOfGreenwich) {
  EXPECT_EQ(fhir_date_time("2026-03-07", "02:30", new_york_2026(), 240), "2026-03-08T03:30:00-04:00");
  EXPECT_EQ(fhir_date_time("2026-03-07", "01:59", new_york_2026(), 240), "2026-03-08T01:59:00-05:00");
  EXPECT_EQ(fhir_date_time("2026-10-31", "01:30", new_york_2026(), 240), "2026-11-01T01:30:00-05:00");
  EXPECT_EQ(fhir_date_time("2026-10-31", "00:59", new_york_2026(), 240), "2026-11-01T00:59:00-04:00");
  EXPECT_EQ(fhir_date_time("2026-10-31", "02:00", new_york_2026(), 240), "2026-11-01T02:00:00-05:00");
}

TEST(FhirTime, AnEntryWithoutATimeIsItsDateAlone) {
  EXPECT_EQ(fhir_date_time("2026-07-01", "", london_2026(), 240), "2026-07-01");
}

TEST(FhirTime, AnInstantCarriesItsOffsetToTheSecond) {
  const auto utc = date::sys_days{date::year{2026} / 12 / 4} + 15h + 51min + 8s;
  EXPECT_EQ(fhir_instant(utc, london_2026()), "2026-12-04T15:51:08+00:00");
  EXPECT_EQ(fhir_instant(utc, domain::fixed_zone(9h)), "2026-12-05T00:51:08+09:00");
}

}  // namespace
}  // namespace backcare::transfer

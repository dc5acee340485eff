#include <gtest/gtest.h>

#include "domain/entry_rows.hpp"
#include "support/fixtures.hpp"

using namespace backcare::domain;
using backcare::fixtures::pain_row;
using namespace std::chrono_literals;

TEST(ParseUtcText, AcceptsOnlyTheExportedForm) {
  const auto parsed = parse_utc_text("2026-11-26T21:05:09Z");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(date::format("%F %T", *parsed), "2026-11-26 21:05:09");
  for (const char* bad : {"2026-11-26T21:05:09", "2026-11-26 21:05:09Z", "2026-02-30T21:05:09Z", "2026-11-26T24:00:00Z",
                          "2026-11-26T21:60:00Z", "2026-11-26T21:05:60Z", "2026-11-26T21:05:09+01:00", "", "x"}) {
    EXPECT_FALSE(parse_utc_text(bad)) << bad;
  }
}

TEST(LocalTimeOf, AppliesTheOffsetAcrossMidnight) {
  const auto utc = *parse_utc_text("2026-11-26T23:30:00Z");
  EXPECT_EQ(local_time_of(utc, fixed_zone(0s)), "23:30");
  EXPECT_EQ(local_time_of(utc, fixed_zone(1h)), "00:30");
  EXPECT_EQ(local_time_of(utc, fixed_zone(5h + 45min)), "05:15");
  EXPECT_EQ(local_time_of(*parse_utc_text("2026-11-26T02:10:00Z"), fixed_zone(-8h)), "18:10");
  EXPECT_EQ(local_time_of(*parse_utc_text("2026-11-26T00:00:59Z"), fixed_zone(0s)), "00:00");
}

TEST(EntryRows, CarryEveryExportedFieldAndDeriveTheTime) {
  const Completion done{7, Day{date::year{2026} / 11 / 26}, "10:00", "2026-11-26T09:00:00Z", "knee-hug", 10,
                        std::nullopt, "ok", {"lifting", "poor-sleep"}};
  const auto row = row_of(done);
  EXPECT_EQ(fields_of(row), (std::vector<std::string>{"done", "2026-11-26", "10:00", "2026-11-26T09:00:00Z",
                                                      "knee-hug", "", "10", "", "ok", "", "", "lifting poor-sleep"}));
  auto back = done_of(row, fixed_zone(2h));
  EXPECT_EQ(back.time, "10:00");  // the file's clock time, as given
  auto format1 = row;
  format1.time.reset();  // a file of format 1 carries none: it comes from logged_at in the zone
  back = done_of(format1, fixed_zone(2h));
  EXPECT_EQ(back.time, "11:00");
  EXPECT_EQ(back.reps, 10);
  EXPECT_FALSE(back.minutes);
  EXPECT_EQ(back.tags, done.tags);
  EXPECT_EQ(pain_of(pain_row("6"), fixed_zone(0s)).level, 6);
}

TEST(EntryRows, CarryRegionsAndSignsBothWays) {
  const Day day{date::year{2026} / 11 / 26};
  const PainEntry pain{3, day, "09:00", "2026-11-26T09:00:00Z", 5, "", {{"low-back"}, {"sacroiliac", Side::left}}, {}};
  const auto pain_fields = row_of(pain);
  EXPECT_EQ(pain_fields.where, "low-back sacroiliac:left");
  EXPECT_EQ(pain_fields.sign, "");
  EXPECT_EQ(pain_of(pain_fields, fixed_zone(0s)).regions, pain.regions);
  const SignEntry sign{4, day, "09:10", "2026-11-26T09:10:00Z", {"leg-swelling", Side::left}, "warm"};
  const auto sign_fields = row_of(sign);
  EXPECT_EQ(fields_of(sign_fields), (std::vector<std::string>{"sign", "2026-11-26", "09:10", "2026-11-26T09:10:00Z",
                                                              "", "", "", "", "warm", "", "leg-swelling:left", ""}));
  auto back = sign_of(sign_fields, fixed_zone(0s));
  back.id = sign.id;
  EXPECT_EQ(back, sign);
  const SignEntry sideless{0, day, "", "2026-11-26T09:10:00Z", {"bladder-bowel"}, ""};
  EXPECT_EQ(row_of(sideless).sign, "bladder-bowel");
  EXPECT_EQ(sign_of(row_of(sideless), fixed_zone(0s)).sign, (Place{"bladder-bowel", Side::unspecified}));
}

TEST(EntryRows, ExportOrderReadsWhereAndSignBeforeTheTime) {
  auto a = pain_row("5");
  auto b = pain_row("5");
  a.where = "buttock";
  b.where = "low-back";
  a.time = "23:00";
  EXPECT_TRUE(export_order(a, b));
  EXPECT_FALSE(export_order(b, a));
}

TEST(ExportOrder, IsChronologicalThenByContent) {
  auto early = pain_row("9");
  early.logged_at = "2026-11-26T08:00:00Z";
  std::vector<EntryRow> rows = {pain_row("5"), pain_row("4"), early};
  std::sort(rows.begin(), rows.end(), export_order);
  EXPECT_EQ(rows[0].level, "9");
  EXPECT_EQ(rows[1].level, "4");
  EXPECT_EQ(rows[2].level, "5");
}

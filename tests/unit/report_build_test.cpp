#include <gtest/gtest.h>

#include "reports/report.hpp"

using namespace backcare;

namespace {

domain::Day day(const char* text) { return *domain::parse_iso(text); }

}  // namespace

TEST(ReportBuild, HasOneRowPerDayAndCountsDistinctRoutines) {
  reports::ReportInput input;
  input.range = {day("2026-11-04"), day("2026-11-11")};
  input.made = day("2026-11-26");
  input.pain = {{day("2026-11-02"), 7, 7, 1}, {day("2026-11-05"), 4.5, 5, 2}};
  input.done = {{day("2026-11-05"), "back-rub", 2}, {day("2026-11-05"), "knee-hug", 1}, {day("2026-11-01"), "back-rub", 1}};
  const auto report = reports::build_report(input);
  ASSERT_EQ(report.days.size(), 7u);
  EXPECT_EQ(report.days[1].day, day("2026-11-05"));
  EXPECT_DOUBLE_EQ(*report.days[1].pain_mean, 4.5);
  EXPECT_EQ(report.days[1].routines, 2);
  EXPECT_FALSE(report.days[0].pain_mean);  // 2 Nov is before the range
  // The weeks hold the range: the first starts on the Monday before it.
  ASSERT_EQ(report.trend.weeks.size(), 2u);
  EXPECT_EQ(report.trend.weeks[0].start, day("2026-11-02"));
}

TEST(ReportBuild, NamesTheSettingsThatMatter) {
  domain::Settings settings;
  auto rows = reports::report_settings(settings, day("2026-11-26"));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].value, "not set (birth-date)");
  settings.birth_date = day("2026-09-01");
  settings.birth_type = domain::BirthType::caesarean;
  settings.cleared_for_exercise = false;
  rows = reports::report_settings(settings, day("2026-11-26"));
  EXPECT_EQ(rows[0].value, "12 (born 2026-09-01)");
  EXPECT_EQ(rows[1].value, "caesarean");
  EXPECT_EQ(rows[2].value, "no");
}

TEST(ReportBuild, ListsNotesOldestFirst) {
  reports::ReportInput input;
  input.range = {day("2026-11-04"), day("2026-11-06")};
  input.pain_entries = {{1, day("2026-11-05"), "09:00", "", 4, "later"}, {2, day("2026-11-04"), "21:00", "", 6, ""}};
  input.completions = {{3, day("2026-11-04"), "20:00", "", "back-rub", std::nullopt, std::nullopt, "<b>"}};
  const auto report = reports::build_report(input);
  ASSERT_EQ(report.notes.size(), 2u);
  EXPECT_EQ(report.notes[0].entry, "done back-rub");
  EXPECT_EQ(report.notes[0].note, "<b>");  // escaping is the renderer's
  EXPECT_EQ(report.notes[1].entry, "pain 4/10");
}

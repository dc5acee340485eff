#include <gtest/gtest.h>

#include "reports/report_page.hpp"

using namespace backcare;

namespace {

domain::Day report_day(const char* text) { return *domain::parse_iso(text); }

}  // namespace

TEST(ReportBuild, HasOneRowPerDayAndCountsDistinctRoutines) {
  reports::ReportPageInput input;
  input.range = {report_day("2026-11-04"), report_day("2026-11-11")};
  input.made = report_day("2026-11-26");
  input.pain = {{report_day("2026-11-02"), 7, 7, 1}, {report_day("2026-11-05"), 4.5, 5, 2}};
  input.done = {{report_day("2026-11-05"), "back-rub", 2}, {report_day("2026-11-05"), "knee-hug", 1}, {report_day("2026-11-01"), "back-rub", 1}};
  const auto report = reports::build_report_page(input);
  ASSERT_EQ(report.days.size(), 7u);
  EXPECT_EQ(report.days[1].day, report_day("2026-11-05"));
  EXPECT_DOUBLE_EQ(*report.days[1].pain_mean, 4.5);
  EXPECT_EQ(report.days[1].routines, 2);
  EXPECT_FALSE(report.days[0].pain_mean);  // 2 Nov is before the range
  // The weeks hold the range: the first starts on the Monday before it.
  ASSERT_EQ(report.trend.weeks.size(), 2u);
  EXPECT_EQ(report.trend.weeks[0].start, report_day("2026-11-02"));
}

TEST(ReportBuild, ListsTheRoutinesHeldOnThePeriodsLastDay) {
  reports::ReportPageInput input;
  input.range = {report_day("2026-11-04"), report_day("2026-11-06")};
  input.settings.birth_date = report_day("2026-09-01");
  input.settings.birth_type = domain::BirthType::caesarean;  // 9 weeks on 5 Nov: the wait is over, not cleared
  domain::Routine hug;
  hug.slug = "knee-hug";
  hug.hold = {6, 8, domain::PhaseHold::Clearance::after_caesarean, false};
  domain::Routine rub;
  rub.slug = "back-rub";
  input.catalogue = {rub, hug};
  const auto report = reports::build_report_page(input);
  ASSERT_EQ(report.held.size(), 1u);
  EXPECT_EQ(report.held[0].slug, "knee-hug");
  EXPECT_EQ(report.held[0].hold.reason, rules::HoldReason::needs_clearance);
}

TEST(ReportBuild, ListsThePeriodsSevereEntriesInThePastAndTheRedFlagsDueNowAsAsked) {
  reports::ReportPageInput input;
  input.range = {report_day("2026-11-04"), report_day("2026-11-06")};
  input.today = report_day("2026-11-26");
  input.pain = {{report_day("2026-11-04"), 5.5, 8, 2}, {report_day("2026-11-05"), 4.0, 4, 1}};
  const auto report = reports::build_report_page(input);
  const rules::Pointer eight{rules::PointerCause::severe_entry, report_day("2026-11-04"), 8, {}, std::nullopt};
  EXPECT_EQ(report.past, std::vector<rules::Pointer>{eight});
  EXPECT_EQ(report.due, rules::DueNow{});  // an 8 three weeks ago is not "now"
  input.due = rules::due_now({input.today, domain::WeekStart::monday, {{input.today, 8.0, 8, 1}}, {}});
  EXPECT_EQ(reports::build_report_page(input).due, input.due);
  input.pain = {{report_day("2026-11-03"), 9.0, 9, 1}, {report_day("2026-11-05"), 4.0, 6, 1}};  // the 9 is before the period
  EXPECT_TRUE(reports::build_report_page(input).past.empty());
}

TEST(ReportBuild, ListsNotesOldestFirst) {
  reports::ReportPageInput input;
  input.range = {report_day("2026-11-04"), report_day("2026-11-06")};
  input.pain_entries = {{1, report_day("2026-11-05"), "09:00", "", 4, "later", {}, {}}, {2, report_day("2026-11-04"), "21:00", "", 6, "", {}, {}}};
  input.completions = {{3, report_day("2026-11-04"), "20:00", "", "back-rub", std::nullopt, std::nullopt, "<b>", {}}};
  const auto report = reports::build_report_page(input);
  ASSERT_EQ(report.notes.size(), 2u);
  EXPECT_EQ(report.notes[0].slug, "back-rub");
  EXPECT_FALSE(report.notes[0].level);
  EXPECT_EQ(report.notes[0].note, "<b>");  // escaping is the renderer's
  EXPECT_EQ(report.notes[1].level, 4);
}

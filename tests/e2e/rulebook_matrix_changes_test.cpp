// The rulebook matrix, changes over the weeks: a rise of 2 points since the week before (scenario b) and a
// rise of 30% on the baseline week (scenario c), neither with an entry of 7 or more. Every command that
// speaks about now points, for as long as the rise is this week's or last week's: pain, today and suggest
// too, and while it is due suggest offers gentle routines only.
#include "e2e/rulebook_matrix.hpp"

namespace backcare::e2e {
namespace {

/// The weeks' scenarios: no entry of 7 or more.
class RulebookMatrixChanges : public RulebookMatrix {
 protected:
  /// Today and suggest point to the same rise, and while it is due suggest offers gentle routines only.
  void expect_days_point_too(const std::string& why) {
    expect_pointer(seen({"today"}), why);
    const auto suggest = seen({"suggest", "--all"});
    expect_pointer(suggest, why);
    EXPECT_EQ(suggest.json.at("gentle_only"), true);
    for (const auto& slug : each(suggest.json.at("suggestions"), "slug")) EXPECT_TRUE(contains(kGentle, slug)) << slug;
  }
};

/// Scenario b: 2026-W47 at 3 on three days, 2026-W48 at 5 on four: +2.0 points, no percent under a mean of 4.
class RulebookMatrixWeekRise : public RulebookMatrixChanges {
 protected:
  void SetUp() override {
    RulebookMatrixChanges::SetUp();
    free_to_exercise();
    pain_days("2026-11-16", {3, 3, 3});
    pain_days("2026-11-23", {5, 5, 5, 5});
  }
  const std::string why_ = "pain rose 2.0 points since the week before";
};

TEST_F(RulebookMatrixWeekRise, WeekTrendAndReportPointToTheRise) {
  const auto logged = nlohmann::json::parse(ok({"pain", "5", "--json"}));
  EXPECT_EQ(logged.at("redflags_why"), why_);  // pain asks about now, as every command does
  const auto week = seen({"week"});
  expect_pointer(week, why_);
  EXPECT_EQ(week.json.at("change_code"), "likely_meaningful_worsening");
  EXPECT_EQ(week.json.at("change_points"), 2.0);
  EXPECT_TRUE(week.json.at("change_pct").is_null());
  EXPECT_EQ(week.json.at("severe_days"), 0);
  const auto trend = seen({"trend"});
  expect_pointer(trend, why_);
  EXPECT_EQ(trend.json.at("previous_change_code"), "likely_meaningful_worsening");
  EXPECT_TRUE(trend.json.at("baseline_week").is_null());  // no week of 5 days: the rise is since the week before
  EXPECT_NE(report_html().find(kReportPointer), std::string::npos);
  // The week before has no rise of its own, but the rise is due now: every command says so.
  const auto last = seen({"week", "last"});
  expect_pointer(last, why_);
  EXPECT_EQ(last.json.at("redflags_past"), nlohmann::json::array());
  expect_golden("matrix_week_rise", week.text);
}

TEST_F(RulebookMatrixWeekRise, TodayAndSuggestPointToTheSameRise) { expect_days_point_too(why_); }

TEST_F(RulebookMatrixChanges, ARiseOfHalfIsSubstantialAndNamesItsPercent) {
  free_to_exercise();
  pain_days("2026-11-16", {4, 4, 4});
  pain_days("2026-11-23", {6, 6, 6, 6});
  const auto week = seen({"week"});
  expect_pointer(week, "pain rose 2.0 points (50%) since the week before");
  EXPECT_EQ(week.json.at("change_code"), "substantial_worsening");
  EXPECT_EQ(week.json.at("change_pct"), 50);
  expect_pointer(seen({"trend"}), "pain rose 2.0 points (50%) since the week before");
}

/// Scenario c: the baseline 2026-W45 at 4.6 on five days; 2026-W47 at 5.75 and 2026-W48 at 6.0 on four:
/// +1.4 points (+30%) on the baseline, +0.3 (+4%) since the week before.
class RulebookMatrixBaselineRise : public RulebookMatrixChanges {
 protected:
  void SetUp() override {
    RulebookMatrixChanges::SetUp();
    free_to_exercise();
    pain_days("2026-11-02", {5, 5, 4, 5, 4});
    pain_days("2026-11-16", {6, 6, 5, 6});
    pain_days("2026-11-23", {6, 6, 6, 6});
  }
};

TEST_F(RulebookMatrixBaselineRise, TrendAndReportPointToTheRiseOnTheBaseline) {
  const auto trend = seen({"trend"});
  expect_pointer(trend, "pain rose 1.4 points (30%) since your baseline week");
  EXPECT_EQ(trend.json.at("baseline_week"), "2026-W45");
  EXPECT_EQ(trend.json.at("change_code"), "likely_meaningful_worsening");
  EXPECT_EQ(trend.json.at("change_pct"), 30);
  EXPECT_EQ(trend.json.at("previous_change_code"), "little_or_no_change");
  EXPECT_NE(report_html().find(kReportPointer), std::string::npos);
  expect_golden("matrix_baseline_rise", trend.text);
}

TEST_F(RulebookMatrixBaselineRise, WeekTodayAndSuggestPointToTheRiseOnTheBaseline) {
  // The change on the week before is small; on the baseline it is not.
  const auto week = seen({"week"});
  expect_pointer(week, "pain rose 1.4 points (30%) since your baseline week");
  EXPECT_EQ(week.json.at("change_code"), "little_or_no_change");
  expect_days_point_too("pain rose 1.4 points (30%) since your baseline week");
}

}  // namespace
}  // namespace backcare::e2e

// The rulebook matrix, changes over the weeks: a rise of 2 points since the week before (scenario b) and a
// rise of 30% on the baseline week (scenario c), neither with an entry of 7 or more. Every command that
// looks at the diary's weeks points, today and suggest too; pain looks only at the entry it logs.
#include "e2e/rulebook_matrix.hpp"

namespace backcare::e2e {
namespace {

/// The weeks' scenarios: no entry of 7 or more.
class RulebookMatrixChanges : public RulebookMatrix {
 protected:
  /// Today and suggest point to the same rise, but a rise limits no routine: the exercises are suggested.
  void expect_days_point_too(const std::string& why) {
    expect_pointer(seen({"today"}), why);
    const auto suggest = seen({"suggest", "--all"});
    expect_pointer(suggest, why);
    EXPECT_TRUE(contains(each(suggest.json.at("suggestions"), "slug"), "sit-up")) << suggest.text;
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
  EXPECT_EQ(logged.at("redflags"), false);  // pain looks at the entry it logs, not at the weeks
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
  expect_pointer(seen({"week", "last"}), std::nullopt);  // the week before has none before it to rise on
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

// The rulebook matrix, severe entries: an entry of 8 on a day whose mean is under 7 (scenario a), and a
// quiet week that never points to the red flags (scenario h). Changes over the weeks:
// rulebook_matrix_changes_test.cpp; holds: rulebook_matrix_holds_test.cpp and rulebook_matrix_phases_test.cpp.
#include "e2e/rulebook_matrix.hpp"

namespace backcare::e2e {
namespace {

/// Scenario a: yesterday (Wed 25 Nov) had an 8 and a 5, a mean of 6.5; the weeks are otherwise mild.
class RulebookMatrixSevere : public RulebookMatrix {
 protected:
  void SetUp() override {
    RulebookMatrix::SetUp();
    free_to_exercise();
    pain_days("2026-11-16", {4, 4, 4, 4, 4});
    pain_days("2026-11-23", {4, 4});
  }
  const std::string why_ = "an entry of 8/10 on Wed 25 Nov 2026";
};

TEST_F(RulebookMatrixSevere, PainPointsFromTheSevereEntryUntilItIsNoLongerNow) {
  // The severe level's edge, back-dated before the window of now: named in the past, never "now".
  const auto six = nlohmann::json::parse(ok({"pain", "6", "--date", "2026-11-09", "--json"}));
  EXPECT_EQ(six.at("redflags"), false);
  EXPECT_EQ(six.at("redflags_past"), nlohmann::json::array());
  EXPECT_EQ(ok({"pain", "7", "--date", "2026-11-09"}),
            "logged pain 7/10 for Mon 9 Nov 2026\n"
            "You logged 7/10 for Mon 9 Nov 2026: if pain like that or any sign in 'backcare redflags' is back, "
            "read it.\n");
  const auto severe = nlohmann::json::parse(ok({"pain", "8", "--date", "yesterday", "--json"}));
  EXPECT_EQ(severe.at("redflags"), true);
  EXPECT_EQ(severe.at("redflags_why"), why_);
  EXPECT_EQ(severe.at("redflags_past"), nlohmann::json::array());  // the pointer covers it
  // The 5 after it does not end it: yesterday's 8 is still now.
  EXPECT_EQ(nlohmann::json::parse(ok({"pain", "5", "--date", "yesterday", "--json"})).at("redflags_why"), why_);
  const auto checkin_out = checkin("8\nnone\n\ny\n");
  EXPECT_TRUE(checkin_out.ends_with("logged pain 8/10 for Thu 26 Nov 2026\n" + kPointer +
                                    "an entry of 8/10 on Thu 26 Nov 2026.\n"
                                    "It lists the signs that need your emergency number now, and those that need "
                                    "your midwife or doctor now or today.\n"))
      << checkin_out;
}

TEST_F(RulebookMatrixSevere, TodayPointsForTodayAndTheDayBefore) {
  ok({"pain", "8", "--date", "yesterday"});
  ok({"pain", "5", "--date", "yesterday"});
  expect_pointer(seen({"today"}), why_);  // yesterday's 8 is still now
  ok({"pain", "9"});
  const auto today = seen({"today"});
  expect_pointer(today, "an entry of 9/10 on Thu 26 Nov 2026");  // the worse of the two days
  EXPECT_LT(today.text.find(kPointer), today.text.find("Pain: 1 entry")) << today.text;  // first
  today_ = "2026-11-27T20:00";
  expect_pointer(seen({"today"}), "an entry of 9/10 on Thu 26 Nov 2026");
  // Two diary days on, the 9 is no longer now; what is left is the week's rise (4 days, from 4.0 to 5.9).
  today_ = "2026-11-28T20:00";
  expect_pointer(seen({"today"}), "pain rose 1.9 points (47%) since the week before");
}

TEST_F(RulebookMatrixSevere, SuggestPointsFirstAndOffersGentleRoutinesOnly) {
  ok({"pain", "8", "--date", "yesterday"});
  ok({"pain", "5", "--date", "yesterday"});
  const auto suggest = seen({"suggest", "--all"});
  expect_pointer(suggest, why_);
  EXPECT_LT(suggest.text.find(kPointer), suggest.text.find("\n1. ")) << suggest.text;
  EXPECT_NE(suggest.text.find("While the red flags are due, gentle routines only"), std::string::npos);
  const auto& items = suggest.json.at("suggestions");
  ASSERT_FALSE(items.empty());
  for (const auto& item : items) {
    EXPECT_TRUE(contains(kGentle, item.at("slug"))) << item;
    EXPECT_NE(item.at("why").get<std::string>().find("gentle: no exercise"), std::string::npos) << item;
  }
  EXPECT_EQ(suggest.json.at("held"), nlohmann::json::array());  // nothing held: gentleness alone decides
  expect_golden("matrix_severe_entry", suggest.text);
}

TEST_F(RulebookMatrixSevere, WeekTrendAndReportPoint) {
  ok({"pain", "8", "--date", "yesterday"});
  ok({"pain", "5", "--date", "yesterday"});
  const auto week = seen({"week"});
  expect_pointer(week, why_);
  EXPECT_EQ(week.json.at("severe_days"), 1);
  EXPECT_EQ(week.json.at("change_code"), "small_worsening");  // the change alone would not point
  const auto trend = seen({"trend"});
  expect_pointer(trend, why_);
  EXPECT_EQ(trend.json.at("previous_change_code"), "small_worsening");
  EXPECT_NE(report_html().find(kReportPointer), std::string::npos);
  // The week before holds no severe entry, but the 8 is now: every command points to it.
  expect_pointer(seen({"week", "last"}), why_);
}

/// Scenario h: pain 3 to 5, a reliable baseline and no rise; nothing points anywhere.
class RulebookMatrixQuiet : public RulebookMatrix {
 protected:
  void SetUp() override {
    RulebookMatrix::SetUp();
    free_to_exercise();
    pain_days("2026-11-16", {4, 4, 4, 4, 4});
    pain_days("2026-11-23", {4, 5, 4});
  }
};

TEST_F(RulebookMatrixQuiet, PainTodayAndCheckinDoNotPoint) {
  const auto logged = nlohmann::json::parse(ok({"pain", "3", "--json"}));
  EXPECT_EQ(logged.at("redflags"), false);
  EXPECT_TRUE(logged.at("redflags_why").is_null());
  EXPECT_EQ(checkin("5\nnone\n\ny\n").find(kPointer), std::string::npos);
  expect_pointer(seen({"today"}), std::nullopt);
}

TEST_F(RulebookMatrixQuiet, NoReportPointsAndExercisesAreSuggested) {
  ok({"pain", "4"});
  const auto suggest = seen({"suggest", "--all"});
  expect_pointer(suggest, std::nullopt);
  const auto slugs = each(suggest.json.at("suggestions"), "slug");
  for (const auto& exercise : kExercises) EXPECT_TRUE(contains(slugs, exercise)) << exercise;
  EXPECT_EQ(suggest.text.find("gentle"), std::string::npos) << suggest.text;
  const auto week = seen({"week"});
  expect_pointer(week, std::nullopt);
  EXPECT_EQ(week.json.at("severe_days"), 0);
  EXPECT_EQ(week.json.at("change_code"), "little_or_no_change");
  const auto trend = seen({"trend"});
  expect_pointer(trend, std::nullopt);
  EXPECT_EQ(trend.json.at("change_code"), "little_or_no_change");
  EXPECT_EQ(trend.json.at("previous_change_code"), "little_or_no_change");
  EXPECT_EQ(report_html().find(kReportPointer), std::string::npos);
  expect_golden("matrix_quiet_week", trend.text);
}

}  // namespace
}  // namespace backcare::e2e

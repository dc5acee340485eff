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

TEST_F(RulebookMatrixSevere, PainPointsForTheEntryJustLogged) {
  const auto severe = nlohmann::json::parse(ok({"pain", "8", "--date", "yesterday", "--json"}));
  EXPECT_EQ(severe.at("redflags"), true);
  EXPECT_EQ(severe.at("redflags_why"), why_);
  // The 5 after it is not severe: pain points for the entry it logs, not for its day.
  EXPECT_EQ(ok({"pain", "5", "--date", "yesterday"}), "logged pain 5/10 for Wed 25 Nov 2026\n");
  // The severe level's edge, on a day of its own before the weeks compared.
  EXPECT_EQ(nlohmann::json::parse(ok({"pain", "6", "--date", "2026-11-09", "--json"})).at("redflags"), false);
  EXPECT_EQ(nlohmann::json::parse(ok({"pain", "7", "--date", "2026-11-09", "--json"})).at("redflags_why"),
            "an entry of 7/10 on Mon 9 Nov 2026");
  const auto checkin_out = checkin("8\nnone\n\ny\n");
  EXPECT_TRUE(checkin_out.ends_with("logged pain 8/10 for Thu 26 Nov 2026\n" + kPointer +
                                    "an entry of 8/10 on Thu 26 Nov 2026.\n"
                                    "It lists the signs that need your emergency number now, and those that need "
                                    "your midwife or doctor today.\n"))
      << checkin_out;
}

TEST_F(RulebookMatrixSevere, TodayPointsOnlyForItsOwnDay) {
  ok({"pain", "8", "--date", "yesterday"});
  ok({"pain", "5", "--date", "yesterday"});
  expect_pointer(seen({"today"}), std::nullopt);  // yesterday's 8 is not today's
  ok({"pain", "8"});
  const auto today = seen({"today"});
  expect_pointer(today, "an entry of 8/10 on Thu 26 Nov 2026");
  EXPECT_LT(today.text.find(kPointer), today.text.find("Pain: 1 entry")) << today.text;  // first
}

TEST_F(RulebookMatrixSevere, SuggestPointsFirstAndOffersGentleRoutinesOnly) {
  ok({"pain", "8", "--date", "yesterday"});
  ok({"pain", "5", "--date", "yesterday"});
  const auto suggest = seen({"suggest", "--all"});
  expect_pointer(suggest, why_);
  EXPECT_LT(suggest.text.find(kPointer), suggest.text.find("\n1. ")) << suggest.text;
  EXPECT_NE(suggest.text.find("had an entry of 8/10: gentle routines only.\n"), std::string::npos);
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
  // The week before holds no severe entry and no comparable week before it.
  expect_pointer(seen({"week", "last"}), std::nullopt);
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

// Where it hurts and the signs (issue 27) through log, edit, delete and undo, with whole outputs: what
// each command says, and what history and today then hold. The refusals are in refused_input_test.cpp,
// the routing in due_now_matrix_signs_test.cpp, export and import in transfer_test.cpp.
#include <nlohmann/json.hpp>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

class WhereAndSigns : public DiaryTest {
 protected:
  void SetUp() override {
    DiaryTest::SetUp();
    today_ = "2026-11-26T10:00";
    // Long after the birth, without an epidural: a numb leg on one side is a quiet note, nothing more.
    ok({"config", "birth-date", "2026-06-01"});
    ok({"config", "anaesthesia", "none"});
  }
};

TEST_F(WhereAndSigns, EveryRegionAndSignIsLoggedShownEditedDeletedAndUndone) {
  EXPECT_EQ(ok({"pain", "5", "--where", "Low-Back", "--where", "sacroiliac:left", "--where", "buttock", "--where",
                "buttock:right", "--where", "pubic", "--where", "hip-groin:both", "--where", "back-thigh:left",
                "--where", "other", "--note", "hip joint"}),
            "logged pain 5/10 (low-back, sacroiliac:left, buttock:right, pubic, hip-groin:both, back-thigh:left, "
            "other) for Thu 26 Nov 2026\n");
  EXPECT_EQ(ok({"sign", "leg-tingling:right", "--time", "09:30", "--note", "pins and needles"}),
            "recorded leg-tingling:right for Thu 26 Nov 2026\n"
            "Note: you recorded tingling in one leg on Thu 26 Nov 2026. If it lasts more than a few weeks or spreads, "
            "see your GP or physiotherapist; by itself it is not an emergency.\n");
  EXPECT_EQ(ok({"history"}),
            "History 2026-10-28 to 2026-11-26, newest first\n"
            "Thu 26 Nov 2026\n"
            "  p1  10:00  pain 5/10 at low-back, sacroiliac:left, buttock:right, pubic, hip-groin:both, back-thigh:left, "
            "other  hip joint\n"
            "  s1  09:30  sign leg-tingling:right  pins and needles\n"
            "Correct an entry: backcare edit ID (see 'backcare edit --help')   Remove one: backcare delete ID\n");
  EXPECT_EQ(ok({"edit", "p1", "--where", "upper-back"}),
            "changed p1: pain 5, where low-back sacroiliac:left buttock:right pubic hip-groin:both back-thigh:left "
            "other → upper-back for Thu 26 Nov 2026\n"
            "Contact your midwife, maternity unit or GP now; if you become breathless or have chest pain, call your "
            "emergency number: you recorded pain between the shoulder blades on Thu 26 Nov 2026.\n"
            "These can be signs of something that needs checking, not a diagnosis; 'backcare redflags' lists every "
            "sign and what to do.\n");
  EXPECT_EQ(ok({"edit", "s1", "--sign", "leg-weakness:both"}),
            "Call your emergency number now (999 in the UK, 911 in the US, 112 in the EU) or go to an emergency "
            "department: you recorded weakness in both legs on Thu 26 Nov 2026.\n"
            "These can be signs of something that needs checking, not a diagnosis; 'backcare redflags' lists every "
            "sign and what to do.\n"
            "changed s1: leg-tingling:right → leg-weakness:both for Thu 26 Nov 2026\n");
  EXPECT_EQ(ok({"delete", "s1", "p1"}),
            "deleted p1: pain 5/10 (upper-back) for Thu 26 Nov 2026 (logged 10:00)\n"
            "deleted s1: leg-weakness:both for Thu 26 Nov 2026 (logged 09:30)\n"
            "('backcare undo' brings them back)\n");
  EXPECT_EQ(ok({"history"}), "History 2026-10-28 to 2026-11-26, newest first\nno entries in these days\n");
  EXPECT_EQ(ok({"undo"}),
            "brought back p1: pain 5/10 (upper-back) for Thu 26 Nov 2026 (logged 10:00)\n"
            "brought back s1: leg-weakness:both for Thu 26 Nov 2026 (logged 09:30)\n");
  EXPECT_EQ(ok({"undo"}), "put s1 back: leg-weakness:both → leg-tingling:right for Thu 26 Nov 2026\n");
  EXPECT_EQ(ok({"undo"}),
            "put p1 back: pain 5, where upper-back → low-back sacroiliac:left buttock:right pubic hip-groin:both "
            "back-thigh:left other for Thu 26 Nov 2026\n");
  EXPECT_EQ(ok({"undo"}), "removed leg-tingling:right for Thu 26 Nov 2026 (logged 09:30)\n");
  EXPECT_EQ(ok({"edit", "p1", "--where", "none"}),
            "changed p1: pain 5, where low-back sacroiliac:left buttock:right pubic hip-groin:both back-thigh:left "
            "other → none for Thu 26 Nov 2026\n");
}

TEST_F(WhereAndSigns, TodayListsWhereAndTheSignsAndJsonCarriesThem) {
  ok({"pain", "4", "--where", "below-knee:left"});
  ok({"sign", "saddle-numbness", "--date", "2026-11-20", "--note", "wiping feels odd"});
  ok({"sign", "leg-swelling:both", "--time", "08:15"});
  const auto today = ok({"today"});
  EXPECT_NE(today.find("  10:00  4/10 at below-knee:left\nSigns:\n  08:15  leg-swelling:both\n"), std::string::npos)
      << today;
  const auto json = nlohmann::json::parse(ok({"today", "--json"}));
  EXPECT_EQ(json.at("pain").at(0).at("where"), nlohmann::json::array({"below-knee:left"}));
  EXPECT_EQ(json.at("signs").at(0).at("sign"), "leg-swelling:both");
  EXPECT_EQ(json.at("signs").size(), 1u);  // the sign of the 20th is another day's
  EXPECT_EQ(json.at("redflags_tier"), "same_day");
  const auto week = nlohmann::json::parse(ok({"week", "2026-11-20", "--json"}));
  EXPECT_EQ(week.at("regions"), nlohmann::json::array());
  const auto now = nlohmann::json::parse(ok({"week", "--json"}));
  EXPECT_EQ(now.at("regions"), nlohmann::json::parse(R"([{"days": 1, "region": "below-knee:left"}])"));
}

TEST_F(WhereAndSigns, OneLegAndThenTheOtherIsBothLegs) {
  ok({"sign", "leg-numbness:left", "--time", "08:00"});
  EXPECT_EQ(ok({"sign", "leg-numbness:right"}),
            "Call your emergency number now (999 in the UK, 911 in the US, 112 in the EU) or go to an emergency "
            "department: you recorded numbness in both legs on Thu 26 Nov 2026.\n"
            "These can be signs of something that needs checking, not a diagnosis; 'backcare redflags' lists every "
            "sign and what to do.\n"
            "recorded leg-numbness:right for Thu 26 Nov 2026\n");
  ok({"undo"});
  ok({"undo"});
  const auto json = nlohmann::json::parse(ok({"pain", "4", "--where", "below-knee:left", "--where", "below-knee:right", "--json"}));
  EXPECT_EQ(json.at("redflags_tier"), "emergency");
  EXPECT_EQ(json.at("redflags_why"), "you recorded pain below the knee in both legs on Thu 26 Nov 2026");
}

}  // namespace
}  // namespace backcare::e2e

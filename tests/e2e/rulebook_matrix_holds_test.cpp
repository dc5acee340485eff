// The rulebook matrix, phase holds after a caesarean: 3 weeks after, not cleared (scenario d), and 10
// weeks after, clearance unset, then given (scenario e). Each exercise is held in suggest, show, today,
// done and checkin alike, and the gentle routines never are.
#include "e2e/rulebook_matrix.hpp"

namespace backcare::e2e {
namespace {

/// Scenario d: a caesarean on Thu 5 Nov; the exercises wait 8 weeks, until Thu 31 Dec, then clearance.
class RulebookMatrixCaesareanEarly : public RulebookMatrix {
 protected:
  void SetUp() override {
    RulebookMatrix::SetUp();
    ok({"config", "birth-date", "2026-11-05"});
    ok({"config", "birth-type", "caesarean"});
  }
  const std::string why_ =
      "until Thu 31 Dec 2026, 8 weeks after a caesarean, and then until your midwife or doctor clears you "
      "(backcare config cleared-for-exercise yes)";
};

TEST_F(RulebookMatrixCaesareanEarly, SuggestAndShowHoldTheExercisesUntilEightWeeks) {
  const auto suggest = seen({"suggest", "--all"});
  const auto slugs = each(suggest.json.at("suggestions"), "slug");
  for (const auto& exercise : kExercises) {
    const auto held = find(suggest.json.at("held"), "slug", exercise);
    ASSERT_FALSE(held.is_null()) << exercise;
    EXPECT_EQ(held.at("held"), "too_soon");
    EXPECT_EQ(held.at("until"), "2026-12-31");
    EXPECT_EQ(held.at("why"), why_);
    EXPECT_FALSE(contains(slugs, exercise)) << exercise;
  }
  EXPECT_NE(suggest.text.find("Held: knee-hug, sit-up, waist-roll: " + why_ + "\n"), std::string::npos)
      << suggest.text;
  EXPECT_EQ(suggest.text.find("birth type not set"), std::string::npos);  // set: no assumption
  for (const std::string slug : {"knee-hug", "sit-up"}) {
    const auto show = seen({"show", slug});
    EXPECT_EQ(show.json.at("held"), "too_soon") << slug;
    EXPECT_EQ(show.json.at("held_why"), why_) << slug;
    EXPECT_NE(show.text.find("  - Held for now: " + why_ + ".\n"), std::string::npos) << show.text;
  }
}

TEST_F(RulebookMatrixCaesareanEarly, TodayMarksTheHeldRoutines) {
  const auto today = seen({"today"});
  const auto& checklist = today.json.at("checklist");
  for (const auto& exercise : kExercises) EXPECT_EQ(held_in(checklist, "routine", exercise), "too_soon") << exercise;
  for (const auto& gentle : kGentle) EXPECT_TRUE(held_in(checklist, "routine", gentle).is_null()) << gentle;
  for (const auto& exercise : kExercises) {
    EXPECT_TRUE(line_with(today.text, " " + exercise + " ").ends_with("  (held until 31 Dec, then a clinician's OK)")) << today.text;
  }
  EXPECT_EQ(line_with(today.text, " back-rub ").find("(held"), std::string::npos) << today.text;
}

TEST_F(RulebookMatrixCaesareanEarly, DoneAndCheckinLogAHeldRoutineWithACaution) {
  EXPECT_EQ(ok({"done", "sit-up"}),
            "logged sit-up for Thu 26 Nov 2026\nCaution: sit-up is held until 31 Dec, then a clinician's OK "
            "('backcare show sit-up' says why); logged as you asked, but it should wait. Stop if it hurts.\n");
  const auto done = nlohmann::json::parse(ok({"done", "waist-roll", "back-rub", "--json"}));
  ASSERT_EQ(done.at("held").size(), 1u) << done;  // back-rub is not held
  EXPECT_EQ(done.at("held")[0].at("slug"), "waist-roll");
  EXPECT_EQ(done.at("held")[0].at("held"), "too_soon");
  EXPECT_EQ(done.at("held")[0].at("why"), why_);
  const auto checkin_out = checkin("3\n5\n\ny\n");  // 5: knee hug
  // The list marks the held routines before she answers, with the whole condition, as `today` does.
  EXPECT_NE(checkin_out.find("\n   5  Knee hug  (held until 31 Dec, then a clinician's OK)\n"), std::string::npos)
      << checkin_out;
  EXPECT_NE(checkin_out.find("\n   1  Palm press on the low back\n"), std::string::npos) << checkin_out;
  EXPECT_NE(checkin_out.find("\nCaution: knee-hug is held until 31 Dec, then a clinician's OK"), std::string::npos)
      << checkin_out;
  expect_golden("matrix_caesarean_early", ok({"today"}));
}

/// Scenario e: a caesarean on Thu 17 Sep, 10 weeks ago; the weeks have passed, clearance is unset.
class RulebookMatrixCaesareanLater : public RulebookMatrix {
 protected:
  void SetUp() override {
    RulebookMatrix::SetUp();
    ok({"config", "birth-date", "2026-09-17"});
    ok({"config", "birth-type", "caesarean"});
  }
};

TEST_F(RulebookMatrixCaesareanLater, ExercisesWaitForClearance) {
  const auto suggest = seen({"suggest", "--all"});
  EXPECT_EQ(each(suggest.json.at("held"), "slug"), kExercises);
  for (const auto& held : suggest.json.at("held")) {
    EXPECT_EQ(held.at("held"), "needs_clearance") << held;
    EXPECT_TRUE(held.at("until").is_null()) << held;
  }
  EXPECT_NE(suggest.text.find("Held: knee-hug, sit-up, waist-roll: until your midwife or doctor clears you, as "
                              "after a caesarean: backcare config cleared-for-exercise yes\n"),
            std::string::npos)
      << suggest.text;
  EXPECT_EQ(seen({"show", "knee-hug"}).json.at("held"), "needs_clearance");
  const auto today = seen({"today"});
  EXPECT_EQ(held_in(today.json.at("checklist"), "routine", "sit-up"), "needs_clearance");
  EXPECT_NE(today.text.find("(held until a clinician's OK)"), std::string::npos) << today.text;
  const auto done = nlohmann::json::parse(ok({"done", "knee-hug", "--json"}));
  EXPECT_EQ(held_in(done.at("held"), "slug", "knee-hug"), "needs_clearance");
  expect_golden("matrix_caesarean_needs_clearance", suggest.text);
}

TEST_F(RulebookMatrixCaesareanLater, ClearanceFreesThem) {
  ok({"config", "cleared-for-exercise", "yes"});
  const auto suggest = seen({"suggest", "--all"});
  EXPECT_EQ(suggest.json.at("held"), nlohmann::json::array());
  const auto slugs = each(suggest.json.at("suggestions"), "slug");
  for (const auto& exercise : kExercises) EXPECT_TRUE(contains(slugs, exercise)) << exercise;
  EXPECT_EQ(suggest.text.find("Held:"), std::string::npos) << suggest.text;
  const auto show = seen({"show", "sit-up"});
  EXPECT_TRUE(show.json.at("held").is_null());
  EXPECT_EQ(show.text.find("Held for now"), std::string::npos) << show.text;
  const auto today = seen({"today"});
  for (const auto& item : today.json.at("checklist")) EXPECT_TRUE(item.at("held").is_null()) << item;
  EXPECT_EQ(today.text.find("(held"), std::string::npos) << today.text;
  EXPECT_EQ(ok({"done", "sit-up"}), "logged sit-up for Thu 26 Nov 2026\n");
}

}  // namespace
}  // namespace backcare::e2e

// The rulebook matrix, phase holds that depend on the birth: cleared 2 weeks after a vaginal birth
// (scenario f), and a birth type never set, at 7 weeks (scenario g).
#include "e2e/rulebook_matrix.hpp"

namespace backcare::e2e {
namespace {

/// Scenario f: a vaginal birth on Thu 12 Nov and a clinician's OK: it ends the wait for knee-hug and
/// waist-roll, but the sit-up's 6 weeks are a floor (until Thu 24 Dec).
class RulebookMatrixClearedEarly : public RulebookMatrix {
 protected:
  void SetUp() override {
    RulebookMatrix::SetUp();
    ok({"config", "birth-date", "2026-11-12"});
    ok({"config", "birth-type", "vaginal"});
    ok({"config", "cleared-for-exercise", "yes"});
  }
};

TEST_F(RulebookMatrixClearedEarly, SuggestAndShowHoldOnlyTheSitUp) {
  const auto suggest = seen({"suggest", "--all"});
  ASSERT_EQ(each(suggest.json.at("held"), "slug"), std::vector<std::string>{"sit-up"}) << suggest.text;
  const auto& held = suggest.json.at("held")[0];
  EXPECT_EQ(held.at("held"), "too_soon");
  EXPECT_EQ(held.at("until"), "2026-12-24");
  EXPECT_EQ(held.at("why"), "until Thu 24 Dec 2026, 6 weeks after the birth");  // no clearance after a vaginal birth
  const auto slugs = each(suggest.json.at("suggestions"), "slug");
  EXPECT_TRUE(contains(slugs, "knee-hug"));
  EXPECT_TRUE(contains(slugs, "waist-roll"));
  EXPECT_FALSE(contains(slugs, "sit-up"));
  EXPECT_EQ(seen({"show", "sit-up"}).json.at("held"), "too_soon");
  const auto knee_hug = seen({"show", "knee-hug"});
  EXPECT_TRUE(knee_hug.json.at("held").is_null());
  EXPECT_EQ(knee_hug.text.find("Held for now"), std::string::npos) << knee_hug.text;
  expect_golden("matrix_cleared_early", suggest.text);
}

TEST_F(RulebookMatrixClearedEarly, TodayAndDoneCautionOnlyTheSitUp) {
  const auto today = seen({"today"});
  EXPECT_EQ(held_in(today.json.at("checklist"), "routine", "sit-up"), "too_soon");
  EXPECT_TRUE(held_in(today.json.at("checklist"), "routine", "knee-hug").is_null());
  EXPECT_TRUE(line_with(today.text, " sit-up ").ends_with("  (held until 24 Dec)")) << today.text;
  EXPECT_EQ(line_with(today.text, " knee-hug ").find("(held"), std::string::npos) << today.text;
  const auto done = nlohmann::json::parse(ok({"done", "knee-hug", "waist-roll", "sit-up", "--json"}));
  EXPECT_EQ(each(done.at("held"), "slug"), std::vector<std::string>{"sit-up"}) << done;
  EXPECT_NE(ok({"done", "sit-up"}).find("\nCaution: sit-up is held until 24 Dec ("), std::string::npos);
}

/// Scenario g: a birth on Thu 8 Oct, 7 weeks ago, type never set: the caesarean's 8 weeks are assumed.
class RulebookMatrixBirthTypeUnset : public RulebookMatrix {
 protected:
  void SetUp() override {
    RulebookMatrix::SetUp();
    ok({"config", "birth-date", "2026-10-08"});
  }
  const std::string assumed_ =
      "birth type not set, so the caesarean rules apply (backcare config birth-type vaginal or caesarean)";
};

TEST_F(RulebookMatrixBirthTypeUnset, TheCaesareanWaitAppliesAndTheTextSaysWhy) {
  const auto suggest = seen({"suggest", "--all"});
  EXPECT_EQ(each(suggest.json.at("held"), "slug"), kExercises);
  for (const auto& held : suggest.json.at("held")) {
    EXPECT_EQ(held.at("held"), "too_soon") << held;
    EXPECT_EQ(held.at("until"), "2026-12-03") << held;
    EXPECT_TRUE(held.at("why").get<std::string>().ends_with("; " + assumed_)) << held;
  }
  EXPECT_NE(suggest.text.find(assumed_ + "\n"), std::string::npos) << suggest.text;
  const auto show = seen({"show", "sit-up"});
  EXPECT_EQ(show.json.at("held"), "too_soon");
  EXPECT_NE(show.text.find("until Thu 3 Dec 2026, 8 weeks after a caesarean"), std::string::npos) << show.text;
  EXPECT_NE(show.text.find(assumed_), std::string::npos) << show.text;
  const auto today = seen({"today"});
  EXPECT_EQ(held_in(today.json.at("checklist"), "routine", "waist-roll"), "too_soon");
  EXPECT_TRUE(line_with(today.text, " waist-roll ").ends_with("  (held until 3 Dec, then a clinician's OK)")) << today.text;
  expect_golden("matrix_birth_type_unset", show.text);
}

TEST_F(RulebookMatrixBirthTypeUnset, SettingTheBirthTypeEndsTheAssumption) {
  // 7 weeks after a vaginal birth: past its 6 weeks; only sit-ups still wait, for a clinician's OK.
  ok({"config", "birth-type", "vaginal"});
  const auto suggest = seen({"suggest", "--all"});
  EXPECT_EQ(each(suggest.json.at("held"), "slug"), std::vector<std::string>{"sit-up"}) << suggest.text;
  EXPECT_EQ(suggest.json.at("held").at(0).at("held"), "needs_clearance");
  EXPECT_EQ(suggest.text.find("birth type not set"), std::string::npos) << suggest.text;
  const auto show = seen({"show", "sit-up"});
  EXPECT_EQ(show.json.at("held"), "needs_clearance");
  EXPECT_EQ(show.text.find("birth type not set"), std::string::npos) << show.text;
  EXPECT_TRUE(seen({"show", "knee-hug"}).json.at("held").is_null());
}

}  // namespace
}  // namespace backcare::e2e

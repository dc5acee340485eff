// The due-now matrix, settings and corrections (issue 24): a caesarean with routines of her own on a severe
// day, day-starts moving the window of now, and an 8 lowered by edit or taken back by undo, after which no
// command points any more.
#include "e2e/due_now_matrix.hpp"

namespace backcare::e2e {
namespace {

/// Long after a caesarean, cleared for exercise; her own exercise and her own massage; mild weeks.
class DueNowCaesarean : public DueNowMatrix {
 protected:
  void SetUp() override {
    DueNowMatrix::SetUp();
    ok({"config", "birth-type", "caesarean"});
    ok({"config", "birth-date", "2026-05-01"});
    ok({"config", "cleared-for-exercise", "yes"});
    ok({"routine", "add", "pelvic-tilt", "--name", "Pelvic tilt", "--kind", "exercise", "--dose", "10 reps"});
    ok({"routine", "add", "shoulder-rub", "--name", "Shoulder rub", "--kind", "massage"});
    own_exercises_ = {"pelvic-tilt"};
    pain_days("2026-11-16", {4, 4, 4, 4, 4});
    pain_days("2026-11-23", {4, 4, 4});
  }
};

TEST_F(DueNowCaesarean, OnASevereDayHerExerciseWaitsAndHerMassageIsSuggested) {
  ok({"pain", "8"});
  expect_everywhere("an entry of 8/10 on Thu 26 Nov 2026");  // pelvic-tilt not suggested
  const auto suggest = seen({"suggest", "--all", "--helper"});
  EXPECT_TRUE(contains(each(suggest.json.at("suggestions"), "slug"), "shoulder-rub")) << suggest.text;
  EXPECT_EQ(suggest.json.at("held"), nlohmann::json::array());  // cleared: gentleness alone decides
  expect_golden("due_now_caesarean_suggest", suggest.text);
}

TEST_F(DueNowCaesarean, TwoDiaryDaysOnHerExerciseIsSuggestedAgain) {
  ok({"pain", "8"});
  today_ = "2026-11-28T20:00";
  expect_everywhere(std::nullopt);  // pelvic-tilt suggested again
  const auto suggest = seen({"suggest", "--all", "--helper"});
  EXPECT_TRUE(contains(each(suggest.json.at("suggestions"), "slug"), "shoulder-rub")) << suggest.text;
}

/// Day-starts at 06:00: an 8 logged at 05:30 on Sat 28 Nov counts for Fri 27 Nov.
class DueNowDayStarts : public DueNowMatrix {
 protected:
  void SetUp() override {
    DueNowMatrix::SetUp();
    mild_weeks();
    ok({"pain", "4", "--date", "2026-11-26"});
    ok({"config", "day-starts", "06:00"});
    today_ = "2026-11-28T05:30";
    EXPECT_EQ(ok({"pain", "8"}), "logged pain 8/10 for Fri 27 Nov 2026\n" + pointer_for(why_));
    neutral_ = 4;
  }
  const std::string why_ = "an entry of 8/10 on Fri 27 Nov 2026";
};

TEST_F(DueNowDayStarts, BeforeSixOnSundayItIsStillSaturdayAndTheEightIsNow) {
  today_ = "2026-11-29T05:30";
  expect_everywhere(why_);
  EXPECT_EQ(seen({"today"}).json.at("date"), "2026-11-28");
}

TEST_F(DueNowDayStarts, AfterSixOnSundayTheEightIsPast) {
  today_ = "2026-11-29T06:30";
  expect_everywhere(std::nullopt);
}

TEST_F(DueNowDayStarts, WithDayStartsBackAtFourTheWindowMovesBack) {
  ok({"config", "day-starts", "04:00"});
  today_ = "2026-11-29T05:30";  // Sunday already: Fri 27 is two diary days back
  expect_everywhere(std::nullopt);
}

/// An 8 today on mild weeks, then corrected.
class DueNowCorrected : public DueNowMatrix {
 protected:
  void SetUp() override {
    DueNowMatrix::SetUp();
    mild_weeks();
    ok({"pain", "8"});
    expect_everywhere("an entry of 8/10 on Thu 26 Nov 2026");
  }
};

TEST_F(DueNowCorrected, AnEditThatLowersTheEightToFiveEndsThePointerEverywhere) {
  const auto id = newest_pain_id();
  EXPECT_EQ(ok({"edit", id, "--level", "5"}), "changed " + id + ": pain 8 → 5 for Thu 26 Nov 2026\n");
  expect_everywhere(std::nullopt);
  EXPECT_EQ(seen({"week"}).json.at("redflags_past"), nlohmann::json::array());  // the 8 is gone, not past
}

TEST_F(DueNowCorrected, UndoOfTheEightEndsThePointerEverywhere) {
  const auto due_calendar = calendar().out;
  EXPECT_EQ(count(ok({"undo"}), kNowText), 0);
  EXPECT_EQ(calendar().out, due_calendar);  // the pointer went to stderr: the calendar is the same
  expect_everywhere(std::nullopt);
  EXPECT_EQ(seen({"week"}).json.at("redflags_past"), nlohmann::json::array());
}

TEST_F(DueNowCorrected, AnEditThatMovesTheEightAWeekBackNamesItInThePast) {
  const auto id = newest_pain_id();
  EXPECT_EQ(ok({"edit", id, "--date", "2026-11-19"}),
            "changed " + id + ": pain 8, moved from Thu 26 Nov 2026 to Thu 19 Nov 2026\nYou logged 8/10 for Thu "
            "19 Nov 2026: if pain like that or any sign in 'backcare redflags' is back, read it.\n");
  expect_everywhere(std::nullopt);
}

TEST_F(DueNowCorrected, AnEditThatChangesNothingStillGivesTheOneAnswer) {
  // edit is a command that speaks about now: "nothing changed" does not make the 8 less now, and its
  // JSON's "redflags": false would say the red flags are not due.
  const auto id = newest_pain_id();
  ok({"edit", id, "--note", "again"});
  const auto same = seen({"edit", id, "--note", "again"});
  EXPECT_EQ(same.json.at("changed"), false);
  expect_pointer(same, "an entry of 8/10 on Thu 26 Nov 2026");
}

}  // namespace
}  // namespace backcare::e2e

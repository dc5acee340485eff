#include <gtest/gtest.h>

#include <sstream>

#include "checkin/converse.hpp"
#include "checkin/dialog.hpp"
#include "support/fixtures.hpp"

namespace backcare::checkin {
namespace {

const domain::Day kDay = date::year{2026} / 11 / 26;

std::vector<domain::Routine> three_routines() {
  return {fixtures::routine("back-rub"), fixtures::routine("knee-hug"), fixtures::routine("pelvic-tilt")};
}

TEST(CheckinDialog, WalksPainRoutinesNoteConfirm) {
  Dialog dialog(kDay, three_routines());
  EXPECT_EQ(dialog.answer(" 3 "), std::nullopt);
  EXPECT_EQ(dialog.answer("3,1"), std::nullopt);
  EXPECT_EQ(dialog.answer("  slept badly "), std::nullopt);
  EXPECT_EQ(dialog.prompt(),
            "To record for Thu 26 Nov 2026:\n  pain      3/10\n  routines  back-rub, pelvic-tilt\n"
            "  note      slept badly\nRecord this? (y/n): ");
  EXPECT_EQ(dialog.answer("Y"), std::nullopt);
  EXPECT_TRUE(dialog.finished());
  EXPECT_TRUE(dialog.confirmed());
  EXPECT_EQ(dialog.answers().slugs, (std::vector<std::string>{"back-rub", "pelvic-tilt"}));
  EXPECT_EQ(dialog.answers().note, "slept badly");
}

TEST(CheckinDialog, RefusalsKeepTheStep) {
  Dialog dialog(kDay, three_routines());
  EXPECT_TRUE(dialog.answer("4.5").has_value());
  EXPECT_EQ(dialog.answer("4"), std::nullopt);
  EXPECT_EQ(dialog.answer("0"), "no routine number '0': answer numbers from 1 to 3, or none");
  EXPECT_EQ(dialog.answer("1 4"), "no routine number '4': answer numbers from 1 to 3, or none");
  EXPECT_EQ(dialog.answer(""), "answer the numbers of the routines you did (like 1 3), or none");
  EXPECT_EQ(dialog.answer("NONE"), std::nullopt);
  EXPECT_EQ(dialog.answer(""), std::nullopt);
  EXPECT_EQ(dialog.answer("sure"), "answer y to record it or n to leave it");
  EXPECT_EQ(dialog.answer("no"), std::nullopt);
  EXPECT_TRUE(dialog.finished());
  EXPECT_FALSE(dialog.confirmed());
  EXPECT_TRUE(dialog.answers().slugs.empty());
}

TEST(CheckinDialog, MarksRoutinesAlreadyDoneAndSaysATickLogsThemAgain) {
  Dialog dialog(kDay, three_routines(), {{"back-rub", 2}, {"pelvic-tilt", 1}});
  EXPECT_EQ(dialog.answer("4"), std::nullopt);
  EXPECT_EQ(dialog.prompt(),
            "Already done today: back-rub (×2), pelvic-tilt. Give their numbers only if you did them again.\n"
            "Which other routines did you do today? Numbers separated by spaces (1 3 5), or none.\n"
            "   1  back-rub  (done ×2)\n   2  knee-hug\n   3  pelvic-tilt  (done)\nDone today: ");
  EXPECT_EQ(dialog.answer("1 2"), std::nullopt);
  EXPECT_EQ(dialog.answer(""), std::nullopt);
  EXPECT_EQ(dialog.prompt(),
            "To record for Thu 26 Nov 2026:\n  pain      4/10\n  routines  back-rub (again), knee-hug\n"
            "Record this? (y/n): ");
  EXPECT_EQ(dialog.answers().slugs, (std::vector<std::string>{"back-rub", "knee-hug"}));
}

TEST(CheckinDialog, OneRoutineAlreadyDoneIsNamedInTheSingular) {
  Dialog dialog(kDay, three_routines(), {{"knee-hug", 1}, {"retired-one", 3}});
  EXPECT_EQ(dialog.answer("4"), std::nullopt);
  EXPECT_TRUE(dialog.prompt().starts_with(
      "Already done today: knee-hug. Give its number only if you did it again.\nWhich other routines"))
      << dialog.prompt();
}

TEST(CheckinDialog, MarksHeldRoutinesWithTheWholeConditionBeforeSheAnswers) {
  rules::Hold wait;
  wait.reason = rules::HoldReason::too_soon;
  wait.until = domain::Day{date::year{2026} / 11 / 27};
  wait.weeks = 8;
  wait.caesarean_rules = wait.clearance_after = true;
  Dialog dialog(kDay, three_routines(), {{"knee-hug", 1}}, {{"knee-hug", wait}});
  EXPECT_EQ(dialog.answer("4"), std::nullopt);
  EXPECT_NE(dialog.prompt().find("   2  knee-hug  (done)  (held until 27 Nov, then a clinician's OK)\n"),
            std::string::npos)
      << dialog.prompt();
  // A tick is still taken: she may have been cleared, and `checkin` then cautions as `done` does.
  EXPECT_EQ(dialog.answer("2"), std::nullopt);
  EXPECT_EQ(dialog.answers().slugs, std::vector<std::string>{"knee-hug"});
}

std::vector<domain::PlaceKind> dialog_test_regions() {
  return {{"low-back", false, false}, {"sacroiliac", true, false}, {"pubic", false, false}};
}

TEST(CheckinDialog, AsksWhereAfterTheLevelWhenGivenRegions) {
  Dialog dialog(kDay, three_routines(), {}, {}, dialog_test_regions());
  EXPECT_EQ(dialog.answer("5"), std::nullopt);
  EXPECT_EQ(dialog.prompt(), "Where did it hurt? (optional: regions as low-back sacroiliac:left; Enter to skip): ");
  EXPECT_EQ(dialog.answer(" Low-back,sacroiliac:left  pubic "), std::nullopt);
  EXPECT_TRUE(dialog.prompt().ends_with("Done today: ")) << dialog.prompt();
  EXPECT_EQ(dialog.answer("none"), std::nullopt);
  EXPECT_EQ(dialog.answer(""), std::nullopt);
  EXPECT_EQ(dialog.prompt(),
            "To record for Thu 26 Nov 2026:\n  pain      5/10\n  where     low-back sacroiliac:left pubic\n"
            "  routines  none\nRecord this? (y/n): ");
  EXPECT_EQ(dialog.answers().regions, (std::vector<domain::Place>{{"low-back", domain::Side::unspecified},
                                                                  {"sacroiliac", domain::Side::left},
                                                                  {"pubic", domain::Side::unspecified}}));
}

TEST(CheckinDialog, ABadRegionIsAskedAgainAndTakesNothing) {
  Dialog dialog(kDay, three_routines(), {}, {}, dialog_test_regions());
  EXPECT_EQ(dialog.answer("5"), std::nullopt);
  EXPECT_EQ(dialog.answer("low-back lowback"),
            "unknown region 'lowback' (did you mean 'low-back'?): accepted low-back, sacroiliac, pubic");
  EXPECT_EQ(dialog.answer("pubic:left"), "region 'pubic:left' takes no side: accepted pubic alone");
  EXPECT_EQ(dialog.answer("sacroiliac:up"),
            "invalid side in 'sacroiliac:up': accepted left, right or both, as sacroiliac:left");
  EXPECT_TRUE(dialog.answers().regions.empty());
  EXPECT_TRUE(dialog.prompt().starts_with("Where did it hurt?")) << dialog.prompt();
  EXPECT_EQ(dialog.answer("sacroiliac:right"), std::nullopt);
  EXPECT_EQ(dialog.answers().regions, (std::vector<domain::Place>{{"sacroiliac", domain::Side::right}}));
}

TEST(CheckinDialog, AnEmptyWhereSkipsAndTheSummaryLeavesItOut) {
  Dialog dialog(kDay, three_routines(), {}, {}, dialog_test_regions());
  EXPECT_EQ(dialog.answer("5"), std::nullopt);
  EXPECT_EQ(dialog.answer("  "), std::nullopt);
  EXPECT_TRUE(dialog.answers().regions.empty());
  EXPECT_EQ(dialog.answer("none"), std::nullopt);
  EXPECT_EQ(dialog.answer(""), std::nullopt);
  EXPECT_EQ(dialog.prompt(),
            "To record for Thu 26 Nov 2026:\n  pain      5/10\n  routines  none\nRecord this? (y/n): ");
}

TEST(CheckinDialog, NoPainOrNoRegionsAsksNoWhere) {
  Dialog no_pain(kDay, three_routines(), {}, {}, dialog_test_regions());
  EXPECT_EQ(no_pain.answer("0"), std::nullopt);
  EXPECT_TRUE(no_pain.prompt().ends_with("Done today: ")) << no_pain.prompt();
  Dialog piped(kDay, three_routines());
  EXPECT_EQ(piped.answer("7"), std::nullopt);
  EXPECT_TRUE(piped.prompt().ends_with("Done today: ")) << piped.prompt();
}

// Tags (issue 29): asked after the note only when known tags are given, as at a terminal.
const std::vector<std::string> kDialogTestTags{"poor-sleep", "lifting", "painkiller"};

/// A dialog with the known tags, answered up to the tags question: pain 3, no routine, no note.
Dialog asked_for_tags() {
  Dialog dialog(kDay, three_routines(), {}, {}, {}, kDialogTestTags);
  for (const char* line : {"3", "none", ""}) EXPECT_EQ(dialog.answer(line), std::nullopt) << line;
  return dialog;
}

TEST(CheckinDialog, AsksTagsAfterTheNoteOnlyWhenGivenKnownTags) {
  EXPECT_EQ(asked_for_tags().prompt(),
            "Tags you can give: poor-sleep, lifting, painkiller\n"
            "Tags for today (optional, separated by spaces; Enter to skip): ");
  Dialog piped(kDay, three_routines());
  for (const char* line : {"3", "none", ""}) EXPECT_EQ(piped.answer(line), std::nullopt) << line;
  EXPECT_TRUE(piped.prompt().ends_with("Record this? (y/n): ")) << piped.prompt();
}

TEST(CheckinDialog, AnEmptyTagsAnswerSkipsAndTheSummaryLeavesThemOut) {
  auto dialog = asked_for_tags();
  EXPECT_EQ(dialog.answer("  "), std::nullopt);
  EXPECT_TRUE(dialog.answers().tags.empty());
  EXPECT_EQ(dialog.prompt(), "To record for Thu 26 Nov 2026:\n  pain      3/10\n  routines  none\nRecord this? (y/n): ");
}

TEST(CheckinDialog, GivenTagsAreTakenFoldedOnceEachAndShownBeforeTheY) {
  auto dialog = asked_for_tags();
  EXPECT_EQ(dialog.answer(" Lifting painkiller, lifting "), std::nullopt);
  EXPECT_EQ(dialog.answers().tags, (std::vector<std::string>{"lifting", "painkiller"}));
  EXPECT_EQ(dialog.prompt(), "To record for Thu 26 Nov 2026:\n  pain      3/10\n  routines  none\n"
                             "  tags      lifting, painkiller\nRecord this? (y/n): ");
  EXPECT_EQ(dialog.answer("y"), std::nullopt);
  EXPECT_TRUE(dialog.confirmed());
}

TEST(CheckinDialog, AnUnknownTagIsRefusedWithItsNearestAndAskedAgain) {
  auto dialog = asked_for_tags();
  EXPECT_EQ(dialog.answer("lifting pooor-sleep"),
            "unknown tag 'pooor-sleep' (did you mean 'poor-sleep'?): accepted a tag 'backcare tags' lists; "
            "a new tag is made with 'backcare tag pooor-sleep --new'");
  EXPECT_EQ(dialog.answer("Bad_tag"),
            "invalid tag 'Bad_tag': accepted a-z, 0-9 and '-', 1 to 24 characters (as poor-sleep)");
  EXPECT_TRUE(dialog.answers().tags.empty());
  EXPECT_TRUE(dialog.prompt().starts_with("Tags you can give:")) << dialog.prompt();
  EXPECT_EQ(dialog.answer("poor-sleep"), std::nullopt);
  EXPECT_EQ(dialog.answers().tags, std::vector<std::string>{"poor-sleep"});
}

TEST(CheckinConverse, EndOfInputIsNotFinished) {
  Dialog dialog(kDay, three_routines());
  std::istringstream in("2\n1\n");
  std::ostringstream out;
  EXPECT_FALSE(converse(dialog, in, out, false));
  EXPECT_FALSE(dialog.finished());
}

TEST(CheckinConverse, EchoesPipedAnswersAndStripsCarriageReturns) {
  Dialog dialog(kDay, three_routines());
  std::istringstream in("2\r\nnone\r\n\r\nn\r\n");
  std::ostringstream out;
  EXPECT_TRUE(converse(dialog, in, out, true));
  EXPECT_NE(out.str().find("worst pain you can imagine): 2\n"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("Done today: none\n"), std::string::npos) << out.str();
}

}  // namespace
}  // namespace backcare::checkin

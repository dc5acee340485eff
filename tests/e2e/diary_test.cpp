// The daily diary through the built binary: each command's whole output against a golden file.
#include <nlohmann/json.hpp>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

class Diary : public DiaryTest {};

TEST_F(Diary, PainConfirmsAndPointsToRedFlagsFromSeven) {
  EXPECT_EQ(ok({"pain", "6"}), "logged pain 6/10 for Thu 26 Nov 2026\n");
  EXPECT_EQ(ok({"pain", "4", "--date", "yesterday", "--note", "after the walk"}), "logged pain 4/10 for Wed 25 Nov 2026\n");
  EXPECT_EQ(ok({"pain", "7", "--date", "monday"}),
            "logged pain 7/10 for Mon 23 Nov 2026\n"
            "You logged 7/10 for Mon 23 Nov 2026: if pain like that or any sign in 'backcare redflags' is back, "
            "read it.\n");
  EXPECT_EQ(ok({"pain", "7", "--date", "yesterday"}),
            "logged pain 7/10 for Wed 25 Nov 2026\n"
            "Please read 'backcare redflags' now: an entry of 7/10 on Wed 25 Nov 2026.\n"
            "It lists the signs that need your emergency number now, and those that need your midwife or doctor "
            "now or today.\n");
}

TEST_F(Diary, DoneTakesSeveralSlugsAndUniquePrefixes) {
  EXPECT_EQ(ok({"done", "back-rub", "knee"}),
            "logged back-rub, knee-hug for Thu 26 Nov 2026\n"
            "Caution: knee-hug is held: needs the birth date, then a clinician's OK ('backcare show knee-hug' says "
            "why); logged as you asked, in case a clinician has cleared you (then: backcare config "
            "cleared-for-exercise yes). Stop if it hurts.\n");
  EXPECT_EQ(ok({"done", "hot-compress", "--date", "2026-11-20", "--minutes", "20"}),
            "logged hot-compress for Fri 20 Nov 2026\n");
}

TEST_F(Diary, JsonOfANewEntryCarriesItsIdForTheNextCommand) {
  const auto pain = nlohmann::json::parse(ok({"pain", "6", "--json"}));
  EXPECT_EQ(pain.at("ids"), nlohmann::json::parse(R"(["p1"])"));
  const auto done = nlohmann::json::parse(ok({"done", "back-rub", "palm-press", "--json"}));
  EXPECT_EQ(done.at("ids"), nlohmann::json::parse(R"(["d1", "d2"])"));
  // What a script does with them: correct what it just logged.
  EXPECT_EQ(ok({"edit", pain.at("ids").at(0).get<std::string>(), "--level", "5"}),
            "changed p1: pain 6 → 5 for Thu 26 Nov 2026\n");
  ok({"delete", done.at("ids").at(1).get<std::string>()});
  const auto again = nlohmann::json::parse(ok({"pain", "4", "--json"}));
  EXPECT_EQ(again.at("ids"), nlohmann::json::parse(R"(["p2"])"));
}

TEST_F(Diary, TodayShowsEntriesAndTheChecklist) {
  today_ = "2026-11-26T08:15";
  ok({"pain", "5", "--note", "stiff after the night feed"});
  today_ = "2026-11-26T21:40";
  ok({"pain", "3"});
  ok({"done", "back-rub", "palm-press", "--note", "with \x1b[31mred\x1b[0m"});
  expect_golden("today_text", ok({"today"}));
  expect_golden("today_json", ok({"today", "--json"}));
}

TEST_F(Diary, NightFeedsCountForTheDayBefore) {
  today_ = "2026-11-27T01:30";
  EXPECT_EQ(ok({"pain", "6"}), "logged pain 6/10 for Thu 26 Nov 2026\n");
  expect_golden("today_before_day_start", ok({"today"}));
  ok({"config", "day-starts", "00:00"});
  EXPECT_EQ(ok({"pain", "2"}), "logged pain 2/10 for Fri 27 Nov 2026\n");
}

TEST_F(Diary, RoutinesAndShow) {
  expect_golden("routines_text", ok({"routines"}));
  expect_golden("routines_json", ok({"routines", "--json"}));
  expect_golden("show_knee_hug", ok({"show", "knee-hug"}));
  expect_golden("show_hot_compress_json", ok({"show", "hot", "--json"}));
  ok({"config", "birth-type", "caesarean"});
  expect_golden("show_sit_up_after_caesarean", ok({"show", "sit-up"}));
}

TEST_F(Diary, RedFlags) {
  expect_golden("redflags", ok({"redflags"}));
  // Four tiers, the most urgent first: the postnatal signs of clinical notes §3.3 added their own.
  const auto flags = nlohmann::json::parse(ok({"redflags", "--json"}));
  std::vector<std::string> ids;
  for (const auto& tier : flags.at("tiers")) ids.push_back(tier.at("id"));
  EXPECT_EQ(ids, (std::vector<std::string>{"emergency", "now", "urgent", "soon"}));
}

TEST_F(Diary, TheTipOnRedFlagSignsSaysWhatEachTierAsks) {
  today_ = "2026-11-23T12:00";  // the day suggest picks this tip
  EXPECT_NE(ok({"suggest"}).find(
                "\nTip: The article advises having back pain after the birth seen to in good time: if yours lasts or "
                "gets worse, see your GP or physiotherapist. If a sign in 'backcare redflags' appears, act as its group "
                "says: for an emergency sign, call your emergency number now; for the others, contact your midwife or "
                "doctor now or today, as the list gives.\n"),
            std::string::npos);
}

TEST_F(Diary, HistoryNewestFirst) {
  ok({"pain", "6", "--date", "2026-11-01", "--note", "first day"});
  ok({"done", "hot-compress", "--date", "2026-11-01", "--minutes", "20"});
  ok({"done", "knee-hug", "--date", "2026-11-20", "--reps", "10"});
  ok({"pain", "3", "--date", "2026-11-20", "--note", "'); DROP TABLE pain; --"});
  expect_golden("history_text", ok({"history", "--from", "2026-11-01"}));
  expect_golden("history_json", ok({"history", "--from", "2026-11-01", "--to", "2026-11-19", "--json"}));
}

TEST_F(Diary, UndoReversesCommandsOneByOne) {
  ok({"pain", "6"});
  ok({"done", "back-rub", "knee-hug"});
  ok({"config", "birth-date", "2026-10-02"});
  EXPECT_EQ(ok({"undo"}), "unset birth-date again\n");
  EXPECT_EQ(ok({"undo"}), "removed back-rub, knee-hug for Thu 26 Nov 2026\n");
  EXPECT_EQ(ok({"undo"}), "removed pain 6/10 for Thu 26 Nov 2026 (logged 12:00)\n");
  EXPECT_EQ(ok({"undo"}), "nothing to undo\n");
  EXPECT_EQ(ok({"history", "--json"}), "{\n  \"entries\": [],\n  \"from\": \"2026-10-28\",\n  \"to\": \"2026-11-26\"\n}\n");
}

TEST_F(Diary, ConfigShowsSetsAndUnsets) {
  expect_golden("config_empty", ok({"config"}));
  EXPECT_EQ(ok({"config", "birth-date", "2026-10-02"}), "set birth-date to 2026-10-02\n");
  EXPECT_EQ(ok({"config", "birth-type", "Caesarean"}), "set birth-type to caesarean\n");
  EXPECT_EQ(ok({"config", "birth-type"}),
            "birth-type            caesarean         how your baby was born; exercises wait longer after a caesarean\n"
            "accepted: vaginal or caesarean\n");
  EXPECT_EQ(ok({"config", "birth-type", "--unset"}), "unset birth-type\n");
  expect_golden("config_json", ok({"config", "--json"}));
}

// The anaesthetic at the birth, for the red flags of the legs (clinical notes section 6.2).
TEST_F(Diary, ConfigKeepsTheAnaesthesia) {
  EXPECT_EQ(ok({"config", "anaesthesia", "Spinal"}), "set anaesthesia to spinal\n");
  EXPECT_EQ(ok({"config", "anaesthesia"}),
            "anaesthesia           spinal            the anaesthetic at the birth (not set: an epidural or spinal is "
            "assumed, the careful choice)\n"
            "accepted: epidural, spinal, general or none\n");
  expect_refused({"config", "anaesthesia", "gas and air"},
                 "invalid anaesthesia 'gas and air': accepted epidural, spinal, general or none");
  EXPECT_EQ(ok({"config", "anaesthesia", "none"}), "set anaesthesia to none\n");
  EXPECT_EQ(ok({"undo"}), "put anaesthesia back to spinal\n");
}

TEST_F(Diary, UserRoutinesSitBesideTheArticlesAndRetireWithoutLoss) {
  EXPECT_EQ(ok({"routine", "add", "pelvic-tilt", "--name", "Pelvic tilt", "--kind", "exercise", "--dose", "10 reps"}),
            "added routine pelvic-tilt (Pelvic tilt)\n");
  ok({"done", "pelvic-tilt", "--reps", "10"});
  EXPECT_EQ(ok({"routine", "retire", "pelvic-tilt"}),
            "retired routine pelvic-tilt: hidden from lists, its history kept ('backcare undo' brings it back)\n");
  expect_golden("routines_with_retired", ok({"routines", "--all"}));
  EXPECT_EQ(ok({"history"}), "History 2026-10-28 to 2026-11-26, newest first\nThu 26 Nov 2026\n"
                             "  d1  12:00  done pelvic-tilt, 10 reps\n" + kHistoryHint);
  expect_refused({"done", "pelvic-tilt"}, "routine 'pelvic-tilt' is retired: accepted an active routine; bring it back "
                                          "with: backcare routine unretire pelvic-tilt");
}

TEST_F(Diary, HerOwnExercisesCarryTheGeneralCautionsWhereverTheArticlesAreShown) {
  ok({"config", "birth-date", "2026-08-01"});
  ok({"config", "birth-type", "vaginal"});
  ok({"routine", "add", "pelvic-tilt", "--name", "Pelvic tilt", "--kind", "exercise", "--dose", "10 reps"});
  ok({"routine", "add", "foot-soak", "--name", "Foot soak", "--kind", "heat"});
  expect_golden("show_own_exercise", ok({"show", "pelvic-tilt"}));
  const auto shown = nlohmann::json::parse(ok({"show", "pelvic-tilt", "--json"}));
  EXPECT_EQ(shown.at("cautions").size(), 5u) << shown;
  EXPECT_EQ(shown.at("cautions")[0], "Stop if it makes your pain worse.");
  // Her routines of other kinds carry none: the general cautions are for exercise.
  EXPECT_EQ(ok({"show", "foot-soak"}), "Foot soak (foot-soak)\nKind: heat\nYour own routine: backcare has no steps for it.\n");
  // suggest gives each item its cautions, hers as the article's.
  const auto suggested = ok({"suggest", "--all"});
  expect_golden("suggest_own_exercise", suggested);
  const auto items = nlohmann::json::parse(ok({"suggest", "--all", "--json"})).at("suggestions");
  const auto tilt = std::find_if(items.begin(), items.end(), [](const auto& item) { return item.at("slug") == "pelvic-tilt"; });
  ASSERT_NE(tilt, items.end()) << items;
  EXPECT_EQ(tilt->at("cautions"), shown.at("cautions"));
}

TEST_F(Diary, HelpTeachesWithExamples) {
  expect_golden("help", ok({"--help"}));
  expect_golden("help_done", ok({"done", "--help"}));
  // A level is taken as 7 or as 7/10; an edit keeps the entry's own day and time unless told.
  expect_golden("help_pain", ok({"pain", "--help"}));
  expect_golden("help_edit", ok({"edit", "--help"}));
}

TEST_F(Diary, NoCommandShowsTodayAndWhatToDoNext) { expect_golden("status", ok({})); }

}  // namespace
}  // namespace backcare::e2e

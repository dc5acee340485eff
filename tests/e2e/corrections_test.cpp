#include <fstream>

#include "harness.hpp"

namespace backcare::e2e {
namespace {

class Corrections : public DiaryTest {
 protected:
  /// Tuesday's pain and Wednesday's routines, logged on Thursday 26 Nov 2026 at 12:00.
  void log_the_week() {
    ok({"pain", "7", "--date", "2026-11-24", "--time", "08:10"});
    ok({"done", "back-rub", "--date", "2026-11-25"});
    ok({"done", "hot-compress", "--date", "2026-11-25", "--minutes", "20"});
  }
  std::string history() { return ok({"history", "--from", "2026-11-20"}); }
};

const std::string kWeekHistory =
    "History 2026-11-20 to 2026-11-26, newest first\n"
    "Wed 25 Nov 2026\n"
    "  d1  —      done back-rub\n"
    "  d2  —      done hot-compress, 20 min\n"
    "Tue 24 Nov 2026\n"
    "  p1  08:10  pain 7/10\n" +
    kHistoryHint;

}  // namespace

TEST_F(Corrections, EditAPainEntryAndUndoIt) {
  log_the_week();
  EXPECT_EQ(ok({"edit", "p1", "--level", "5"}), "changed p1: pain 7 → 5 for Tue 24 Nov 2026\n");
  // The week's figures follow the entry: the daily roll-ups are kept exact through an edit.
  expect_golden("week_after_edit", ok({"week"}));
  EXPECT_EQ(ok({"edit", "p1", "--date", "monday", "--time", "21:15", "--note", "after the bath"}),
            "changed p1: pain 5, time 08:10 → 21:15, note none → \"after the bath\", moved from Tue 24 Nov 2026 to "
            "Mon 23 Nov 2026\n");
  EXPECT_EQ(ok({"history", "--from", "2026-11-20"}),
            "History 2026-11-20 to 2026-11-26, newest first\n"
            "Wed 25 Nov 2026\n"
            "  d1  —      done back-rub\n"
            "  d2  —      done hot-compress, 20 min\n"
            "Mon 23 Nov 2026\n"
            "  p1  21:15  pain 5/10  after the bath\n" +
                kHistoryHint);
  EXPECT_EQ(ok({"undo"}), "put p1 back: pain 5, time 21:15 → 08:10, note \"after the bath\" → none, moved from Mon 23 "
                          "Nov 2026 to Tue 24 Nov 2026\n");
  EXPECT_EQ(ok({"undo"}), "put p1 back: pain 5 → 7 for Tue 24 Nov 2026\n");
  EXPECT_EQ(history(), kWeekHistory);
}

TEST_F(Corrections, EditARoutineDoneAndUndoIt) {
  log_the_week();
  EXPECT_EQ(ok({"edit", "d2", "--routine", "back", "--reps", "10", "--date", "yesterday"}),
            "changed d2: hot-compress → back-rub, reps none → 10 for Wed 25 Nov 2026\n");
  EXPECT_EQ(ok({"edit", "d2", "--minutes", "20"}), "nothing changed: d2 already holds back-rub for Wed 25 Nov 2026\n");
  EXPECT_EQ(ok({"undo"}), "put d2 back: back-rub → hot-compress, reps 10 → none for Wed 25 Nov 2026\n");
  EXPECT_EQ(history(), kWeekHistory);
}

TEST_F(Corrections, EditToASevereLevelNamesTheRedFlags) {
  log_the_week();
  // Tue 24 Nov is two diary days back from Thu 26 Nov: outside the window of now, so in the past tense.
  EXPECT_EQ(ok({"edit", "p1", "--level", "8"}),
            "changed p1: pain 7 → 8 for Tue 24 Nov 2026\n"
            "You logged 8/10 for Tue 24 Nov 2026: if pain like that or any sign in 'backcare redflags' is back, "
            "read it.\n");
  // Moved to yesterday, it is now.
  EXPECT_EQ(ok({"edit", "p1", "--date", "yesterday"}),
            "changed p1: pain 8, moved from Tue 24 Nov 2026 to Wed 25 Nov 2026\n"
            "Please read 'backcare redflags' now: an entry of 8/10 on Wed 25 Nov 2026.\n"
            "It lists the signs that need your emergency number now, and those that need your midwife or doctor "
            "now or today.\n");
}

TEST_F(Corrections, DeleteEntriesAndUndoIt) {
  log_the_week();
  EXPECT_EQ(ok({"delete", "p1", "D2", "p1"}),
            "deleted p1: pain 7/10 for Tue 24 Nov 2026 (logged 08:10)\n"
            "deleted d2: hot-compress, 20 min for Wed 25 Nov 2026 (no time given)\n"
            "('backcare undo' brings them back)\n");
  EXPECT_EQ(history(), "History 2026-11-20 to 2026-11-26, newest first\nWed 25 Nov 2026\n  d1  —      done back-rub\n" +
                           kHistoryHint);
  EXPECT_EQ(ok({"undo"}),
            "brought back p1: pain 7/10 for Tue 24 Nov 2026 (logged 08:10)\n"
            "brought back d2: hot-compress, 20 min for Wed 25 Nov 2026 (no time given)\n");
  EXPECT_EQ(history(), kWeekHistory);
  // The entries came back with their commands: undo goes on to take back the routines logged last.
  EXPECT_EQ(ok({"undo"}), "removed hot-compress for Wed 25 Nov 2026\n");
}

TEST_F(Corrections, EditAndDeleteSpeakJson) {
  log_the_week();
  expect_golden("edit_json", ok({"edit", "d2", "--minutes", "15", "--json"}));
  expect_golden("delete_json", ok({"delete", "p1", "--json"}));
  expect_golden("undo_delete_json", ok({"undo", "--json"}));
}

TEST_F(Corrections, BadCorrectionsAreRefusedAndChangeNothing) {
  log_the_week();
  expect_refused({"edit", "p9", "--level", "3"}, "no entry p9 in the diary: 'backcare history' shows the ids");
  expect_refused({"delete", "d1", "d9"}, "no entry d9 in the diary: 'backcare history' shows the ids");
  expect_refused({"edit", "12", "--level", "3"},
                 "invalid entry id '12': accepted p, d, s or t and a number, as 'backcare history' shows them (p12, d7, s3, t4)");
  expect_refused({"edit", "p1", "--level", "11"},
                 "invalid pain level '11': accepted a whole number from 0 (no pain) to 10 (worst pain you can imagine), as 7 or 7/10");
  expect_refused({"edit", "p1", "--date", "2026-11-27"},
                 "--date '2026-11-27' is in the future: accepted a day up to today, 2026-11-26");
  expect_refused({"edit", "p1", "--date", "today", "--time", "13:00"},  // it is 12:00
                 "--time 13:00 on Thu 26 Nov 2026 is in the future: accepted a time up to now, 12:00");
  expect_refused({"edit", "p1", "--reps", "3"},
                 "--reps does not apply to p1: accepted --level, --where, --tag, --date, --time or --note for a pain entry");
  expect_refused({"edit", "d1", "--level", "3"},
                 "--level does not apply to d1: accepted --routine, --reps, --minutes, --tag, --date, --time or --note for a "
                 "routine done");
  expect_refused({"edit", "d1"}, "nothing to change for d1: accepted --routine, --reps, --minutes, --tag, --date, --time or --note for a routine done");
  expect_refused({"edit", "d1", "--routine", "sit-ups-please"}, "no routine 'sit-ups-please': see 'backcare routines' for the slugs");
  expect_refused({"done", "back-rub", "knee-hug", "--reps", "10"},
                 "--reps with 2 routines: accepted one routine with --reps or --minutes; log them one at a time");
  // Nothing refused reached the undo list: undo takes back the last command that wrote.
  EXPECT_EQ(ok({"undo"}), "removed hot-compress for Wed 25 Nov 2026\n");
}

TEST_F(Corrections, AnOldEntryComesInByImportAndKeepsItsDayWhenEdited) {
  // Typed days reach a year back at most; an import brings older ones, and editing something else of such
  // an entry does not check its day again.
  const auto file = dir_ / "old.csv";
  std::ofstream(file, std::ios::binary) << "kind,date,time,logged_at,routine,level,reps,minutes,note\r\n"
                                           "pain,1990-05-01,09:00,1990-05-01T09:00:00Z,,6,,,from 1990\r\n";
  EXPECT_EQ(ok({"import", file.string()}).substr(0, 22), "imported 1 entry from ");
  EXPECT_EQ(ok({"edit", "p1", "--level", "4"}), "changed p1: pain 6 → 4 for Tue 1 May 1990\n");
  expect_refused({"edit", "p1", "--date", "1990-05-02"},
                 "--date '1990-05-02' is more than a year back: accepted a day from 2025-11-25 to today; older "
                 "entries come in by 'backcare import'");
  EXPECT_EQ(ok({"history", "--from", "1990-05-01", "--to", "1990-05-01"}),
            "History 1990-05-01 to 1990-05-01, newest first\nTue 1 May 1990\n  p1  09:00  pain 4/10  from 1990\n" +
                kHistoryHint);
}

TEST_F(Corrections, ARetiredRoutineComesBack) {
  ok({"routine", "retire", "hot-compress"});
  EXPECT_EQ(ok({"routine", "unretire", "hot"}), "brought back routine hot-compress: listed and suggested again\n");
  expect_refused({"routine", "unretire", "back-rub"}, "routine 'back-rub' is in use, not retired: nothing to bring back");
  EXPECT_EQ(ok({"undo"}), "retired routine hot-compress again\n");
  expect_refused({"done", "hot-compress"}, "routine 'hot-compress' is retired: accepted an active routine; bring it back "
                                           "with: backcare routine unretire hot-compress");
}

TEST_F(Corrections, ARoutineOfHerOwnIsRenamedAndUndoPutsItBack) {
  ok({"routine", "add", "cat-stretch", "--name", "cat-stretch", "--kind", "exercise"});
  const auto before = ok({"routines", "--all"});
  EXPECT_EQ(ok({"routine", "edit", "cat", "--name", "Cat stretch", "--kind", "other", "--dose", "5 slow rounds"}),
            "changed routine cat-stretch: name 'cat-stretch' → 'Cat stretch', kind exercise → other, dose '' → "
            "'5 slow rounds' ('backcare undo' puts it back)\n");
  EXPECT_NE(ok({"routines"}).find("cat-stretch   Cat stretch                   other     5 slow rounds  (yours)"),
            std::string::npos);
  EXPECT_EQ(ok({"undo"}), "put routine cat-stretch back as it was\n");
  EXPECT_EQ(ok({"routines", "--all"}), before);
  expect_refused({"routine", "edit", "back-rub", "--name", "Rub"},
                 "routine 'back-rub' is the article's: its name, kind and dose come from the article; accepted a "
                 "routine of your own");
  expect_refused({"routine", "edit", "cat-stretch"}, "nothing to change for routine 'cat-stretch': accepted --name, "
                                                     "--kind or --dose");
  expect_refused({"routine", "edit", "cat-stretch", "--kind", "yoga"},
                 "invalid --kind 'yoga': accepted massage, exercise, heat or other");
}

}  // namespace backcare::e2e

// Tags through the built binary (issue 29): a day's tags and an entry's, through every path (log, edit,
// delete, untag, undo, export, import, merge), and every refusal leaving the diary as it was.
#include <gtest/gtest.h>

#include <fstream>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

class Tags : public DiaryTest {
 protected:
  void write(const std::filesystem::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }
};

TEST_F(Tags, TaggingADaySaysWhatItTaggedAndWhatItHadAlready) {
  EXPECT_EQ(ok({"tag", "poor-sleep", "Night-Feeds"}), "tagged Thu 26 Nov 2026: poor-sleep, night-feeds\n");
  EXPECT_EQ(ok({"tag", "poor-sleep", "lifting", "--date", "yesterday"}),
            "tagged Wed 25 Nov 2026: poor-sleep, lifting\n");
  EXPECT_EQ(ok({"tag", "lifting", "poor-sleep"}), "tagged Thu 26 Nov 2026: lifting (it already had poor-sleep)\n");
  EXPECT_EQ(ok({"tag", "poor-sleep"}), "Thu 26 Nov 2026 already had poor-sleep: nothing changed\n");
  expect_golden("tags_history", ok({"history"}));
  expect_golden("tags_list", ok({"tags"}));
  EXPECT_EQ(ok({"tags", "--slugs"}),
            "poor-sleep\nnight-feeds\nlifting\nlong-sitting\npainkiller\nhard-day\nphysio-visit\n");
  expect_golden("tag_json", ok({"tag", "hard-day", "--json"}));
}

TEST_F(Tags, AnUnknownTagIsRefusedWithTheNearestAndANewOneNeedsNew) {
  ok({"pain", "4"});
  expect_refused({"tag", "poor-slep"},
                 "unknown tag 'poor-slep' (did you mean 'poor-sleep'?): accepted a tag 'backcare tags' lists, or --new "
                 "to make 'poor-slep'");
  expect_refused({"pain", "5", "--tag", "swimming"},
                 "unknown tag 'swimming': accepted a tag 'backcare tags' lists, or --new to make 'swimming'");
  expect_refused({"tag", "no_underscores"},
                 "invalid tag 'no_underscores': accepted a-z, 0-9 and '-', 1 to 24 characters (as poor-sleep)");
  expect_refused({"tag", "a-tag-that-is-far-too-long-to-keep", "--new"},
                 "invalid tag 'a-tag-that-is-far-too-long-to-keep': accepted a-z, 0-9 and '-', 1 to 24 characters (as "
                 "poor-sleep)");
  EXPECT_EQ(ok({"tag", "swimming", "--new"}),
            "tagged Thu 26 Nov 2026: swimming\nnew tag: swimming ('backcare tags' lists them all)\n");
  // Known now: no --new needed, and no "new tag" line.
  EXPECT_EQ(ok({"done", "back-rub", "--tag", "swimming"}), "logged back-rub for Thu 26 Nov 2026, tagged swimming\n");
  EXPECT_NE(ok({"tags"}).find("swimming                  1     (yours)"), std::string::npos) << ok({"tags"});
}

TEST_F(Tags, ThePainkillerNoticeIsShownOnceADay) {
  const std::string notice = "If you are breastfeeding, check any medicine with your pharmacist, midwife or doctor.\n";
  EXPECT_EQ(ok({"pain", "6", "--tag", "painkiller"}), "logged pain 6/10 for Thu 26 Nov 2026, tagged painkiller\n" + notice);
  EXPECT_EQ(ok({"tag", "painkiller"}), "tagged Thu 26 Nov 2026: painkiller\n");
  EXPECT_EQ(ok({"tag", "painkiller", "--date", "yesterday"}), "tagged Wed 25 Nov 2026: painkiller\n" + notice);
  const auto json = nlohmann::json::parse(ok({"pain", "5", "--tag", "painkiller", "--date", "2026-11-20", "--json"}));
  EXPECT_EQ(json["notices"], nlohmann::json::array({notice.substr(0, notice.size() - 1)}));
  EXPECT_EQ(json["tags"], nlohmann::json::array({"painkiller"}));
}

TEST_F(Tags, UntagTakesATagOffTheDayAndItsEntriesAndUndoPutsItBack) {
  ok({"pain", "6", "--tag", "lifting", "--tag", "poor-sleep"});
  ok({"done", "back-rub", "--tag", "lifting"});
  ok({"tag", "lifting", "hard-day"});
  const auto before = ok({"export", "--format", "csv"});
  EXPECT_EQ(ok({"untag", "lifting"}),
            "took lifting off Thu 26 Nov 2026 (3 entries changed; 'backcare undo' puts them back)\n");
  expect_golden("tags_after_untag", ok({"history"}));
  expect_refused({"untag", "lifting"}, "Thu 26 Nov 2026 has no tag 'lifting': it has only hard-day, poor-sleep (--date "
                                       "chooses another day)");
  expect_refused({"untag", "poor-sleep", "--date", "yesterday"},
                 "Wed 25 Nov 2026 has no tag 'poor-sleep': it has no tags (--date chooses another day)");
  expect_golden("tags_undo_untag", ok({"undo"}));
  // Back as it was (the stamps aside, which the CSV does not carry: undo is itself a change, issue 28).
  EXPECT_EQ(ok({"export", "--format", "csv"}), before);
}

TEST_F(Tags, EditDeleteAndUndoOfTags) {
  ok({"pain", "6", "--tag", "lifting"});
  ok({"tag", "poor-sleep"});
  EXPECT_EQ(ok({"edit", "p1", "--tag", "hard-day", "--tag", "lifting"}),
            "changed p1: pain 6, tags lifting → hard-day lifting for Thu 26 Nov 2026\n");
  EXPECT_EQ(ok({"edit", "p1", "--tag", "none"}), "changed p1: pain 6, tags hard-day lifting → none for Thu 26 Nov 2026\n");
  EXPECT_EQ(ok({"edit", "t1", "--date", "yesterday"}),
            "changed t1: tag poor-sleep, moved from Thu 26 Nov 2026 to Wed 25 Nov 2026\n");
  expect_refused({"edit", "t1", "--note", "x"},
                 "--note does not apply to t1: accepted --tag (one), --date or --time for a day's tag");
  expect_refused({"edit", "t1", "--tag", "lifting", "--tag", "hard-day"},
                 "2 tags for t1: accepted one tag for a day's tag");
  EXPECT_EQ(ok({"delete", "t1"}),
            "deleted t1: tag poor-sleep for Wed 25 Nov 2026 (logged 12:00)\n('backcare undo' brings it back)\n");
  EXPECT_EQ(ok({"undo"}), "brought back t1: tag poor-sleep for Wed 25 Nov 2026 (logged 12:00)\n");
  EXPECT_EQ(ok({"undo"}), "put t1 back: tag poor-sleep, moved from Wed 25 Nov 2026 to Thu 26 Nov 2026\n");
  EXPECT_EQ(ok({"undo"}), "put p1 back: pain 6, tags none → hard-day lifting for Thu 26 Nov 2026\n");
  ok({"undo"});
  EXPECT_EQ(ok({"undo"}), "removed tag poor-sleep for Thu 26 Nov 2026 (logged 12:00)\n");
  ok({"undo"});
  EXPECT_NE(ok({"history"}).find("no entries in these days"), std::string::npos);
}

TEST_F(Tags, BothExportsCarryTagsAndComeBackByteForByte) {
  ok({"pain", "6", "--tag", "lifting", "--tag", "poor-sleep", "--where", "low-back"});
  ok({"done", "back-rub", "--tag", "physio-visit"});
  ok({"tag", "night-feeds", "--date", "yesterday"});
  ok({"tag", "gardening", "--new"});
  ok({"sign", "leg-tingling:left"});
  const auto csv = ok({"export", "--format", "csv"});
  expect_golden("tags_export_csv", csv);
  const auto json = ok({"export", "--format", "json"});
  expect_golden("tags_export_json", mask_identities(json));
  for (const auto& [format, text] : {std::pair{std::string("csv"), csv}, {std::string("json"), json}}) {
    const auto file = dir_ / ("out." + format);
    write(file, text);
    const auto into = "copy-" + format + ".db";
    const auto imported = run_on(into, {"import", file.string()});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_NE(imported.out.find("new tag from the file: gardening"), std::string::npos) << imported.out;
    if (format == "csv") EXPECT_EQ(run_on(into, {"export", "--format", "csv"}).out, csv);
    else EXPECT_EQ(run_on(into, {"export", "--format", "json"}).out, json);
  }
}

TEST_F(Tags, AFileWithABadTagIsRefusedWholeAndNothingIsWritten) {
  ok({"pain", "3"});
  const std::string header = "kind,date,time,logged_at,routine,level,reps,minutes,note,where,sign,tags\n";
  const auto file = dir_ / "bad.csv";
  write(file, header + "pain,2026-11-20,09:00,2026-11-20T09:00:00Z,,4,,,,,,lifting Lifting\n" +
                  "tag,2026-11-20,,2026-11-20T09:00:00Z,,,,,,,,two tags\n" +
                  "tag,2026-11-20,,2026-11-20T09:00:00Z,,,,,a note,,,lifting\n" +
                  "sign,2026-11-20,,2026-11-20T09:00:00Z,,,,,,,leg-swelling:left,lifting\n");
  expect_refused({"import", file.string()},
                 "nothing imported: 4 problems in '" + file.string() +
                     "'\n"
                     "line 2: tags: 'Lifting' is not a tag: accepted a-z, 0-9 and '-', 1 to 24 characters (as "
                     "poor-sleep), separated by single spaces\n"
                     "line 3: tags: invalid 'two tags': accepted one tag for a tag entry: a-z, 0-9 and '-', 1 to 24 "
                     "characters (as poor-sleep)\n"
                     "line 4: note: invalid 'a note': accepted empty for a tag entry\n"
                     "line 5: tags: invalid 'lifting': accepted empty for a sign entry");
}

TEST_F(Tags, AnOlderCsvWithoutTheTagsColumnStillImports) {
  const auto file = dir_ / "old.csv";
  write(file, "kind,date,time,logged_at,routine,level,reps,minutes,note,where,sign\n"
              "pain,2026-11-20,09:00,2026-11-20T09:00:00Z,,4,,,,low-back,\n");
  ok({"import", file.string()});
  EXPECT_EQ(ok({"export", "--format", "csv"}),
            "kind,date,time,logged_at,routine,level,reps,minutes,note,where,sign,tags\r\n"
            "pain,2026-11-20,09:00,2026-11-20T09:00:00Z,,4,,,,low-back,,\r\n");
}

TEST_F(Tags, TagsTravelBetweenDevicesAndAnUntagTravelsToo) {
  ok({"pain", "5", "--tag", "lifting"});
  ok({"tag", "poor-sleep"});
  const auto folder = dir_ / "sync";
  std::filesystem::create_directory(folder);
  ok({"sync", folder.string()});
  ASSERT_EQ(run_on("phone.db", {"sync", folder.string()}).exit_code, 0);
  EXPECT_EQ(run_on("phone.db", {"tags", "--json"}).out, ok({"tags", "--json"}));
  const auto phone_history = run_on("phone.db", {"history"}).out;
  EXPECT_NE(phone_history.find("tag poor-sleep"), std::string::npos) << phone_history;
  EXPECT_NE(phone_history.find("[lifting]"), std::string::npos) << phone_history;
  // Taken off on the phone; the laptop's next sync takes it off there too.
  ASSERT_EQ(run_on("phone.db", {"untag", "poor-sleep", "lifting"}).exit_code, 0);
  ASSERT_EQ(run_on("phone.db", {"sync", folder.string()}).exit_code, 0);
  ok({"sync", folder.string()});
  EXPECT_EQ(ok({"tags", "--json"}), run_on("phone.db", {"tags", "--json"}).out);
  EXPECT_EQ(ok({"history"}).find("poor-sleep"), std::string::npos);
  EXPECT_EQ(ok({"history"}).find("[lifting]"), std::string::npos);
}

}  // namespace
}  // namespace backcare::e2e

#include <gtest/gtest.h>

#include "support/export_reading.hpp"
#include "support/sample_export.hpp"
#include "transfer/export_document.hpp"

using namespace backcare::domain;
using namespace backcare::transfer;
using backcare::fixtures::read_csv_export;
using backcare::fixtures::read_json_export;
using backcare::fixtures::ReadExport;
using backcare::transfer::export_csv;
using backcare::transfer::export_json;

namespace {

DiaryExport sample() {
  DiaryExport data;
  data.entries = {
      {"done", "2026-11-20", "", "2026-11-20T08:00:00Z", "pelvic-tilt", "", "10", "", "with \x1b[31mred\x1b[0m", "", "", {}, {}},
      {"pain", "2026-11-26", "09:00", "2026-11-26T09:00:00Z", "", "6", "", "", "comma, \"quote\"\nnewline 😀 '); DROP TABLE pain; --", "", "", {}, {}},
      {"pain", "2026-11-26", "09:00", "2026-11-26T09:00:00Z", "", "6", "", "", "comma, \"quote\"\nnewline 😀 '); DROP TABLE pain; --", "", "", {}, {}},
      {"pain", "2026-11-26", "09:10", "2026-11-26T09:10:00Z", "", "5", "", "", "", "low-back sacroiliac:left", "", {}, {}},
      {"sign", "2026-11-26", "09:20", "2026-11-26T09:20:00Z", "", "", "", "", "warm", "", "leg-swelling:left", {}, {}},
  };
  Routine tilt = backcare::fixtures::pelvic_tilt();
  tilt.retired = true;
  data.routines = {tilt};
  data.settings = {{"birth-date", "2026-10-02"}, {"week-start", "sunday"}};
  return data;
}

std::string problems_of(const ReadExport& read) {
  std::string out;
  for (const auto& p : read.problems) out += p.where + "|" + p.field + "|" + p.why + "\n";
  return out;
}

}  // namespace

TEST(ExportCsv, RoundTripsEveryNoteExactly) {
  const auto data = sample();
  const auto text = export_csv(data);
  EXPECT_TRUE(text.starts_with("kind,date,time,logged_at,routine,level,reps,minutes,note,where,sign,tags\r\n"));
  EXPECT_NE(text.find(",,low-back sacroiliac:left,,\r\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\r\nsign,2026-11-26,09:20,2026-11-26T09:20:00Z,,,,,warm,,leg-swelling:left,\r\n"),
            std::string::npos) << text;
  const auto read = read_csv_export(text);
  EXPECT_EQ(problems_of(read), "");
  EXPECT_EQ(read.data.entries, data.entries);
  EXPECT_EQ(read.entry_places, (std::vector<std::string>{"line 2", "line 3", "line 5", "line 7", "line 8"}));
  EXPECT_EQ(export_csv(read.data), text);
}

TEST(ExportJson, RoundTripsEntriesRoutinesAndSettings) {
  const auto data = sample();
  const auto text = export_json(data);
  const auto read = read_json_export(text);
  EXPECT_EQ(problems_of(read), "");
  EXPECT_EQ(read.data.entries, data.entries);
  ASSERT_EQ(read.data.routines.size(), 1u);
  EXPECT_EQ(read.data.routines[0].dose, "10 reps");
  EXPECT_TRUE(read.data.routines[0].retired);
  EXPECT_EQ(read.data.settings, data.settings);
  EXPECT_EQ(export_json(read.data), text);
  EXPECT_NE(text.find("\\u001b[31m"), std::string::npos);  // JSON escapes ESC, and keeps it
}

TEST(ExportCsv, RefusesAWrongHeaderOrFieldCount) {
  EXPECT_EQ(problems_of(read_csv_export("date,level\n2026-11-26,5\n")),
            "line 1|header|found 'date,level': accepted kind,date,time,logged_at,routine,level,reps,minutes,note,where,sign,tags\n");
  EXPECT_EQ(problems_of(read_csv_export("")),
            "line 1|header|found an empty file: accepted kind,date,time,logged_at,routine,level,reps,minutes,note,where,sign,tags\n");
  EXPECT_EQ(problems_of(read_csv_export("kind,date,logged_at,routine,level,reps,minutes,note\npain,2026-11-26\n\n")),
            "line 2|row|2 fields: accepted 8\n");
  EXPECT_EQ(problems_of(read_csv_export("kind,date,logged_at,routine,level,reps,minutes,note\n\"pain\n")),
            "line 2|csv|a quoted field is never closed\n");
}

TEST(ExportCsv, RefusesAHeaderWithAnEmptyFieldBeforeTheNames) {
  // The header is compared field for field: an empty first field is a ninth field, not nothing.
  EXPECT_EQ(problems_of(read_csv_export(",kind,date,logged_at,routine,level,reps,minutes,note\n")),
            "line 1|header|found ',kind,date,logged_at,routine,level,reps,...': accepted "
            "kind,date,time,logged_at,routine,level,reps,minutes,note,where,sign,tags\n");
}

TEST(ExportCsv, SkipsAByteOrderMark) {
  const auto read = read_csv_export("\xEF\xBB\xBFkind,date,logged_at,routine,level,reps,minutes,note\r\n");
  EXPECT_EQ(problems_of(read), "");
}

TEST(ExportJson, ReportsWhatItCannotRead) {
  EXPECT_EQ(problems_of(read_json_export("[1]")), "|file|a JSON array: accepted a backcare export object\n");
  EXPECT_EQ(problems_of(read_json_export("{\"format_version\": 6}")),
            "|format_version|6: accepted 1 to 5 (a file from a newer backcare needs a newer backcare)\n");
  EXPECT_EQ(problems_of(read_json_export(
                R"({"format_version": 1, "colour": 1, "entries": [3, {"kind": "pain", "level": 6.5, "mood": "ok"}]})")),
            "|colour|unknown key: accepted format_version, entries, routines, settings, tombstones\n"
            "entry 1|entry|a number: accepted an object\n"
            "entry 2|level|a number: accepted a whole number or null\n"
            "entry 2|mood|unknown key: accepted kind, date, time, logged_at, routine, level, reps, minutes, note, where, "
            "sign, tags, uuid, stamp, device\n");
  const auto broken = problems_of(read_json_export("{\"format_version\": 1,"));
  EXPECT_TRUE(broken.starts_with("|json|parse error at line 1, column 22")) << broken;
}

TEST(ExportFormats, AFileOfFormatOneHasNoTimesAndFormatTwoCarriesThemEvenWhenEmpty) {
  const auto csv1 = read_csv_export("kind,date,logged_at,routine,level,reps,minutes,note\npain,2026-11-26,"
                                    "2026-11-26T09:00:00Z,,6,,,\n");
  ASSERT_EQ(csv1.data.entries.size(), 1u);
  EXPECT_FALSE(csv1.data.entries[0].time);  // import derives it from logged_at
  const auto csv2 = read_csv_export("kind,date,time,logged_at,routine,level,reps,minutes,note\npain,2026-11-25,,"
                                    "2026-11-26T09:00:00Z,,6,,,\npain,2026-11-26,08:45,2026-11-26T09:00:00Z,,6,,,\n");
  ASSERT_EQ(csv2.data.entries.size(), 2u);
  EXPECT_EQ(csv2.data.entries[0].time, std::optional<std::string>(""));  // back-filled without a time
  EXPECT_EQ(csv2.data.entries[1].time, std::optional<std::string>("08:45"));
  const auto json1 = read_json_export(R"({"format_version": 1, "entries": [{"kind": "pain", "level": 6}]})");
  EXPECT_TRUE(json1.problems.empty());
  EXPECT_FALSE(json1.data.entries.at(0).time);
  const auto json2 = read_json_export(R"({"format_version": 2, "entries": [{"kind": "pain", "time": null}]})");
  EXPECT_EQ(json2.data.entries.at(0).time, std::optional<std::string>(""));
}

TEST(ExportFormats, ElevenColumnsCarryWhereAndSignAndNineStillRead) {
  const auto csv = read_csv_export("kind,date,time,logged_at,routine,level,reps,minutes,note,where,sign\n"
                                   "pain,2026-11-26,08:45,2026-11-26T09:00:00Z,,6,,,,low-back buttock:both,\n"
                                   "sign,2026-11-26,08:50,2026-11-26T09:00:00Z,,,,,,,leg-numbness:right\n"
                                   "pain,2026-11-26,08:45,2026-11-26T09:00:00Z,,6,,,\n");
  ASSERT_EQ(csv.data.entries.size(), 2u);
  EXPECT_EQ(csv.data.entries[0].where, "low-back buttock:both");
  EXPECT_EQ(csv.data.entries[1].sign, "leg-numbness:right");
  EXPECT_EQ(problems_of(csv), "line 4|row|9 fields: accepted 11\n");
  const auto nine = read_csv_export("kind,date,time,logged_at,routine,level,reps,minutes,note\n"
                                    "pain,2026-11-26,08:45,2026-11-26T09:00:00Z,,6,,,\n");
  EXPECT_EQ(problems_of(nine), "");
  ASSERT_EQ(nine.data.entries.size(), 1u);
  EXPECT_EQ(nine.data.entries[0].where, "");
  const auto json = read_json_export(R"({"format_version": 3, "entries": [)"
                                     R"({"kind": "pain", "where": ["low-back", "sacroiliac:left"], "sign": null},)"
                                     R"({"kind": "sign", "where": null, "sign": "bladder-bowel"},)"
                                     R"({"kind": "pain", "where": []}]})");
  EXPECT_EQ(problems_of(json), "");
  ASSERT_EQ(json.data.entries.size(), 3u);
  EXPECT_EQ(json.data.entries[0].where, "low-back sacroiliac:left");
  EXPECT_EQ(json.data.entries[1].sign, "bladder-bowel");
  EXPECT_EQ(json.data.entries[2].where, "");
}

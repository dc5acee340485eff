#include "transfer/export_stream.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "stream_sources.hpp"
#include "support/export_reading.hpp"
#include "support/sanitizers.hpp"
#include "transfer/export_document.hpp"

using namespace backcare::domain;
using namespace backcare::transfer;
using backcare::fixtures::ExportCollector;
using backcare::fixtures::read_csv_export;
using backcare::fixtures::read_json_export;

namespace {

/// Writes down every call in order, so the tests see what a bounded import would be handed.
class RecordingSink final : public ExportSink {
 public:
  std::string log;
  void entry(EntryRow row, std::string place) override { log += "entry " + place + " " + row.kind + " " + row.note + "\n"; }
  void routine(Routine routine, std::string place) override { log += "routine " + place + " " + routine.slug + "\n"; }
  void setting(std::string key, std::string value, Version version) override {
    log += "setting " + key + "=" + value + (version.stamp.empty() ? "" : " " + version.stamp + " " + version.device) + "\n";
  }
  void tombstone(Tombstone t, std::string place) override {
    log += "tombstone " + place + " " + t.kind + " " + t.key + " " + t.version.stamp + " " + t.version.device + "\n";
  }
  void problem(Problem p) override { log += "problem " + p.where + "|" + p.field + "|" + p.why + "\n"; }
  void refused(Problem p) override { log += "refused " + p.where + "|" + p.field + "|" + p.why + "\n"; }
};

/// Counts, and keeps nothing: reading a million rows must not need a million rows of memory.
class CountingSink final : public ExportSink {
 public:
  std::size_t entries = 0;
  std::size_t others = 0;
  std::string last_note;
  void entry(EntryRow row, std::string) override {
    ++entries;
    last_note = std::move(row.note);
  }
  void routine(Routine, std::string) override { ++others; }
  void setting(std::string, std::string, Version) override { ++others; }
  void tombstone(Tombstone, std::string) override { ++others; }
  void problem(Problem) override { ++others; }
  void refused(Problem) override { ++others; }
};

std::string json_log(const std::string& text) {
  std::istringstream in(text);
  RecordingSink sink;
  stream_json_export(in, sink);
  return sink.log;
}

DiaryExport stream_sample() {
  DiaryExport data;
  data.entries = {{"done", "2026-11-20", "", "2026-11-20T08:00:00Z", "pelvic-tilt", "", "10", "", "a \"q\"\r\nb,", "", "", {}, {}},
                  {"pain", "2026-11-26", "09:00", "2026-11-26T09:00:00Z", "", "6", "", "", "\xEF\xBB\xBF",
                   "low-back hip-groin:right", "", {}, {}},
                  {"sign", "2026-11-26", "09:05", "2026-11-26T09:05:00Z", "", "", "", "", "", "", "leg-tingling:both", {}, {}}};
  Routine tilt;
  tilt.slug = "pelvic-tilt";
  tilt.name = "Pelvic tilt";
  tilt.from_article = false;
  data.routines = {tilt};
  data.settings = {{"week-start", "sunday"}};
  return data;
}

}  // namespace

TEST(StreamCsvExport, HandsOverWhatTheStringReaderReadsAtEveryBufferSize) {
  const std::string text = "\xEF\xBB\xBF" + backcare::transfer::export_csv(stream_sample()) + "\r\npain,x\r\n";
  const auto whole = read_csv_export(text);
  ASSERT_EQ(whole.data.entries.size(), 3u);
  ASSERT_EQ(whole.problems.size(), 1u);
  EXPECT_EQ(whole.problems[0].where + " " + whole.problems[0].why, "line 7 2 fields: accepted 12");
  for (std::size_t size = 4; size <= text.size() + 1; ++size) {
    std::istringstream in(text);
    ExportCollector collector;
    stream_csv_export(in, collector, size);
    const auto read = collector.take();
    EXPECT_EQ(read.data.entries, whole.data.entries) << size;
    EXPECT_EQ(read.entry_places, whole.entry_places) << size;
    ASSERT_EQ(read.problems.size(), 1u) << size;
    EXPECT_EQ(read.problems[0].where + " " + read.problems[0].why, "line 7 2 fields: accepted 12") << size;
  }
}

TEST(StreamCsvExport, ReportsASyntaxErrorLastAndAloneAfterWhatCameBefore) {
  std::istringstream in("kind,date,logged_at,routine,level,reps,minutes,note\npain,1,2,3,4,5,6,7\nx\n\"open\n");
  RecordingSink sink;
  stream_csv_export(in, sink, 4);
  EXPECT_EQ(sink.log, "entry line 2 pain 7\nproblem line 3|row|1 fields: accepted 8\n"
                      "refused line 4|csv|a quoted field is never closed\n");
}

TEST(StreamJsonExport, ReadsEntriesBeforeTheFormatVersionAndRoutines) {
  // The export writes entries before routines; a hand-made file may put format_version last.
  const auto log = json_log(R"({"entries": [{"kind": "pain", "note": "n"}, 7], "routines": [{"slug": "s"}],)"
                            R"( "settings": {"a": "b", "c": 1}, "format_version": 1})");
  EXPECT_EQ(log, "entry entry 1 pain n\nproblem entry 2|entry|a number: accepted an object\nroutine routine 1 s\n"
                 "setting a=b\nproblem settings|c|a number: accepted text or null\n");
}

TEST(StreamJsonExport, RefusesALateOrMissingFormatVersionAfterTheEntries) {
  EXPECT_EQ(json_log(R"({"entries": [{"kind": "pain"}], "format_version": 6})"),
            "entry entry 1 pain \nrefused |format_version|6: accepted 1 to 5 (a file from a newer backcare needs a "
            "newer backcare)\n");
  const auto read = read_json_export(R"({"entries": [{"kind": "pain"}]})");
  EXPECT_TRUE(read.data.entries.empty());  // the refusal voids what came before it
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems[0].field, "format_version");
}

TEST(StreamJsonExport, ReportsASyntaxErrorAsTheWholeDocumentReaderDid) {
  const std::string text = R"({"format_version": 2, "entries": [{"kind": "pain"}, {"kind": )";
  EXPECT_EQ(json_log(text), "entry entry 1 pain \nrefused |json|parse error at line 1, column 62: syntax error while "
                            "parsing value - unexpected end of input; expected '[', '{', or a literal\n");
  const auto read = read_json_export(text);
  EXPECT_TRUE(read.data.entries.empty());
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems[0].where + "|" + read.problems[0].field, "|json");
  EXPECT_TRUE(read.problems[0].why.starts_with("parse error at line 1, column 62")) << read.problems[0].why;
}

TEST(StreamJsonExport, RefusesAKeyGivenTwiceRatherThanKeepOneSilently) {
  EXPECT_EQ(json_log(R"({"format_version": 2, "entries": [{"kind": "a"}], "entries": [{"kind": "b"}]})"),
            "entry entry 1 a \nproblem |entries|given twice: accepted each key once\nentry entry 1 b \n");
}

TEST(StreamJsonExport, RoundTripsAnExport) {
  const auto data = stream_sample();
  const auto read = read_json_export(backcare::transfer::export_json(data));
  EXPECT_TRUE(read.problems.empty());
  EXPECT_EQ(read.data.entries, data.entries);
  EXPECT_EQ(read.data.settings, data.settings);
  EXPECT_EQ(read.routine_places, std::vector<std::string>{"routine 1"});
}

TEST(StreamCsvExport, ReadsAMillionRowsFromAStreamThatIsNeverWhole) {
  // A tenth under a sanitizer, where a row costs ten times as much: the stream is as far from whole.
  const int count = backcare::fixtures::kSanitized ? 100'000 : 1'000'000;
  backcare::fixtures::GeneratedCsvBuffer rows(count);
  std::istream in(&rows);
  CountingSink sink;
  stream_csv_export(in, sink);
  EXPECT_EQ(sink.entries, static_cast<std::size_t>(count));
  EXPECT_EQ(sink.others, 0u);
  EXPECT_EQ(sink.last_note, "row " + std::to_string(count) + ", \"quoted\"\r\nsecond line");
}

// Import's refusals quote at most a short escaped prefix of what they refuse, and a JSON number is bounded
// as a string is, so a file of one huge value is refused early, in little memory and with a short message.
#include <gtest/gtest.h>

#include <algorithm>

#include "content/content.hpp"
#include "store/store.hpp"
#include "support/export_reading.hpp"
#include "transfer/export_stream.hpp"
#include "transfer/problem_list.hpp"
#include "transfer/view_stream.hpp"

using namespace backcare::domain;
using namespace backcare::transfer;
using backcare::fixtures::read_json_export;
using backcare::store::Store;

namespace {

enum class Format { csv, json };

/// The message import gives for `text`, read by the streaming reader into the store's ImportSink on an
/// in-memory diary, as the import command does.
std::string message_of(const std::string& text, Format format) {
  auto store = Store::open_memory(backcare::content::load_content());
  ViewStream in(text);
  const auto read = [&](ExportSink& sink) {
    if (format == Format::csv) stream_csv_export(in, sink);
    else stream_json_export(in, sink);
  };
  const auto unknown = format == Format::csv ? Store::UnknownSlugs::make_routines : Store::UnknownSlugs::refuse;
  const auto outcome = store.import(read, fixed_zone(std::chrono::seconds{0}), Day{date::year{2026} / 11 / 26},
                                    "2026-11-26T12:00:00Z", unknown);
  return problems_message("f", outcome.problems);
}

const std::string kHuge(std::size_t(60) << 20, '7');

/// The longest line of `message`.
std::size_t longest_line(const std::string& message) {
  std::size_t longest = 0, start = 0;
  for (std::size_t end; (end = message.find('\n', start)) != std::string::npos; start = end + 1) {
    longest = std::max(longest, end - start);
  }
  return std::max(longest, message.size() - start);
}

}  // namespace

TEST(JsonBounds, AHugeNumberIsRefusedAsTooLongNotRead) {
  const auto message =
      message_of(R"({"format_version": 2, "entries": [{"level": )" + kHuge + "}]}", Format::json);
  EXPECT_EQ(message, "nothing imported: 1 problem in 'f'\njson: a number longer than 64 characters (no export writes one)");
}

TEST(JsonBounds, AHugeVersionNumberIsRefusedLikewise) {
  EXPECT_EQ(message_of(R"({"format_version": )" + kHuge + "}", Format::json),
            "nothing imported: 1 problem in 'f'\njson: a number longer than 64 characters (no export writes one)");
}

TEST(JsonBounds, ASyntaxErrorQuotesAShortPrefixOfItsToken) {
  const std::string note(60000, 'n');
  const auto message = message_of(R"({"format_version": 2, "entries": [{"note": ")" + note + "\\q\"}]}", Format::json);
  EXPECT_LT(longest_line(message), 200u) << message.substr(0, 400);
  EXPECT_NE(message.find("nnnn..."), std::string::npos) << message;
}

TEST(JsonBounds, LongBadValuesAreQuotedShort) {
  const std::string long_slug(60000, 'x'), long_day(60000, '9');
  const std::string csv = "kind,date,time,logged_at,routine,level,reps,minutes,note\r\n"
                          "done,2026-11-20,08:00,2026-11-20T08:00:00Z," + long_slug + ",,,,\r\n"
                          "pain," + long_day + ",08:00,2026-11-20T08:00:00Z,,3,,,\r\n";
  const auto message = message_of(csv, Format::csv);
  EXPECT_LT(longest_line(message), 200u) << message.substr(0, 400);
  EXPECT_NE(message.find("xxx..."), std::string::npos) << message.substr(0, 400);
  EXPECT_NE(message.find("999..."), std::string::npos) << message.substr(0, 400);
  const auto json = message_of(R"({"format_version": 2, "entries": [{"kind": ")" + long_slug + R"("}], "settings": {")" +
                                   long_slug + R"(": ")" + long_day + R"("}})",
                               Format::json);
  EXPECT_LT(longest_line(json), 300u) << json.substr(0, 800);
}

TEST(JsonBounds, ARepeatedKeyInsideAnElementIsAProblem) {
  auto read = read_json_export(R"({"format_version": 2, "entries": [{"kind": "pain", "level": 3, "kind": "done"}],
    "routines": [{"slug": "a", "slug": "b"}], "settings": {"week-start": "monday", "week-start": "sunday"}})");
  std::string problems;
  for (const auto& p : read.problems) problems += p.where + "|" + p.field + "|" + p.why + "\n";
  EXPECT_EQ(problems, "entry 1|kind|given twice: accepted each key once\n"
                      "routine 1|slug|given twice: accepted each key once\n"
                      "settings|week-start|given twice: accepted each key once\n");
}

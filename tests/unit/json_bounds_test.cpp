// Import's refusals quote at most a short escaped prefix of what they refuse, and a JSON number is bounded
// as a string is, so a file of one huge value is refused early, in little memory and with a short message.
#include <gtest/gtest.h>

#include <algorithm>

#include "transfer/export_files.hpp"
#include "transfer/problem_list.hpp"

using namespace backcare::domain;
using namespace backcare::transfer;

namespace {

/// The message import would give for `read`, checked as import checks it.
std::string message_of(ReadExport read) {
  check_export(read, {"back-rub"}, Day{date::year{2026} / 11 / 26});
  return problems_message("f", read.problems);
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
      message_of(read_json_export(R"({"format_version": 2, "entries": [{"level": )" + kHuge + "}]}"));
  EXPECT_EQ(message, "nothing imported: 1 problem in 'f'\njson: a number longer than 64 characters (no export writes one)");
}

TEST(JsonBounds, AHugeVersionNumberIsRefusedLikewise) {
  EXPECT_EQ(message_of(read_json_export(R"({"format_version": )" + kHuge + "}")),
            "nothing imported: 1 problem in 'f'\njson: a number longer than 64 characters (no export writes one)");
}

TEST(JsonBounds, ASyntaxErrorQuotesAShortPrefixOfItsToken) {
  const std::string note(60000, 'n');
  const auto message = message_of(read_json_export(R"({"format_version": 2, "entries": [{"note": ")" + note + "\\q\"}]}"));
  EXPECT_LT(longest_line(message), 200u) << message.substr(0, 400);
  EXPECT_NE(message.find("nnnn..."), std::string::npos) << message;
}

TEST(JsonBounds, LongBadValuesAreQuotedShort) {
  const std::string long_slug(60000, 'x'), long_day(60000, '9');
  const std::string csv = "kind,date,time,logged_at,routine,level,reps,minutes,note\r\n"
                          "done,2026-11-20,08:00,2026-11-20T08:00:00Z," + long_slug + ",,,,\r\n"
                          "pain," + long_day + ",08:00,2026-11-20T08:00:00Z,,3,,,\r\n";
  const auto message = message_of(read_csv_export(csv));
  EXPECT_LT(longest_line(message), 200u) << message.substr(0, 400);
  EXPECT_NE(message.find("xxx..."), std::string::npos) << message.substr(0, 400);
  EXPECT_NE(message.find("999..."), std::string::npos) << message.substr(0, 400);
  const auto json = message_of(read_json_export(R"({"format_version": 2, "entries": [{"kind": ")" + long_slug +
                                                R"("}], "settings": {")" + long_slug + R"(": ")" + long_day + R"("}})"));
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

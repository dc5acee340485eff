#pragma once
#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "e2e/harness.hpp"

namespace backcare::e2e {

// The rulebook matrix: scenarios × commands. Each cell asserts that the red-flag pointer, a hold or a
// caution is there, or is not, in text and in JSON; whole outputs are compared once per scenario, in
// the golden matrix_<scenario>.txt. Every rule is seen present in one scenario and absent in another,
// so a broken rule fails a cell.

/// How every command but the report points to the red flags (render/rules_words.cpp).
inline const std::string kPointer = "Please read 'backcare redflags' now: ";
/// How the HTML report points to them, in its header.
inline const std::string kReportPointer = "Please read the red flags";
/// The routines with a phase rule in content/routines/ (the exercises), and the gentle ones.
inline const std::vector<std::string> kExercises{"knee-hug", "sit-up", "waist-roll"};
inline const std::vector<std::string> kGentle{"back-rub", "hot-compress", "knot-rub", "palm-press"};

/// One command's answer as text and as JSON, and the command, for messages.
struct Seen {
  std::string what;
  std::string text;
  nlohmann::json json;
};

class RulebookMatrix : public DiaryTest {
 protected:
  void SetUp() override {
    DiaryTest::SetUp();
    // A Thursday evening: knee-hug, given for the evening, is suggested when nothing holds it.
    today_ = "2026-11-26T20:00";
  }

  /// A vaginal birth long ago: nothing is held, so only the pain rules decide what is suggested.
  void free_to_exercise() {
    ok({"config", "birth-date", "2026-05-01"});
    ok({"config", "birth-type", "vaginal"});
    ok({"config", "cleared-for-exercise", "yes"});  // sit-ups wait for a clinician's OK after any birth
  }

  /// `args` run as text and again with --json.
  Seen seen(std::vector<std::string> args) {
    std::string what;
    for (const auto& arg : args) what += (what.empty() ? "" : " ") + arg;
    Seen out{what, ok(args), {}};
    args.push_back("--json");
    out.json = nlohmann::json::parse(ok(args));
    return out;
  }

  /// The pointer with `why` first in the text and in the JSON; with nullopt, in neither.
  static void expect_pointer(const Seen& seen, const std::optional<std::string>& why) {
    if (why) {
      EXPECT_NE(seen.text.find(kPointer + *why + ".\n"), std::string::npos) << seen.what << "\n" << seen.text;
      EXPECT_EQ(seen.json.at("redflags"), true) << seen.what;
      EXPECT_EQ(seen.json.at("redflags_why"), *why) << seen.what;
      EXPECT_EQ(seen.json.at("redflags_tier"), "check") << seen.what;
      return;
    }
    EXPECT_EQ(seen.text.find(kPointer), std::string::npos) << seen.what << "\n" << seen.text;
    EXPECT_EQ(seen.json.at("redflags"), false) << seen.what;
    EXPECT_TRUE(seen.json.at("redflags_why").is_null()) << seen.what;
    EXPECT_EQ(seen.json.at("redflags_tier"), "none") << seen.what;
  }

  /// The HTML of `backcare report` over the default 12 weeks.
  std::string report_html() {
    const auto file = dir_ / "report.html";
    ok({"report", "--out", file.string()});
    return read_file(file);
  }

  /// `backcare checkin` with `input` piped on stdin; asserts success and returns stdout.
  std::string checkin(const std::string& input) {
    const auto result = run({"checkin"}, input);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");
    return result.out;
  }

  /// The value of `key` in each element of a JSON array, in order.
  static std::vector<std::string> each(const nlohmann::json& array, const std::string& key) {
    std::vector<std::string> out;
    for (const auto& item : array) out.push_back(item.at(key).get<std::string>());
    return out;
  }

  /// The element of `array` whose `key` is `value`; null when there is none.
  static nlohmann::json find(const nlohmann::json& array, const std::string& key, const std::string& value) {
    for (const auto& item : array) {
      if (item.at(key) == value) return item;
    }
    return nullptr;
  }

  /// The "held" code of `slug` in a JSON array keyed by `key`; null when it is absent or not held.
  static nlohmann::json held_in(const nlohmann::json& array, const std::string& key, const std::string& slug) {
    const auto item = find(array, key, slug);
    return item.is_null() ? item : item.at("held");
  }

  /// The first line of `text` holding `needle`, without its newline; "" when there is none.
  static std::string line_with(const std::string& text, const std::string& needle) {
    const auto at = text.find(needle);
    if (at == std::string::npos) return "";
    const auto begin = text.rfind('\n', at) + 1;  // npos + 1 is 0: the first line
    return text.substr(begin, text.find('\n', at) - begin);
  }

  static bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
  }
};

}  // namespace backcare::e2e

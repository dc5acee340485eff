#pragma once
#include <string>
#include <utility>
#include <vector>

#include "e2e/harness.hpp"

namespace backcare::e2e {

/// A note with markup, which the report must show as text.
inline constexpr const char* kScript = "<script>alert(1)</script>";

/// The report tests' diary (report_test.cpp and report_page_test.cpp share it, so the golden pages and
/// the structure checks look at the same report).
class Report : public DiaryTest {
 protected:
  /// A fixed diary: a baseline week at 6-8, two later weeks lower, routines, and notes with markup.
  void SetUp() override {
    DiaryTest::SetUp();
    ok({"config", "birth-date", "2026-09-01"});
    ok({"config", "birth-type", "vaginal"});
    const std::vector<std::pair<std::string, std::string>> pain{
        {"2026-11-02", "7"}, {"2026-11-03", "6"}, {"2026-11-04", "7"}, {"2026-11-05", "8"}, {"2026-11-06", "6"},
        {"2026-11-16", "5"}, {"2026-11-17", "4"}, {"2026-11-18", "5"}, {"2026-11-19", "3"},
        {"2026-11-23", "3"}, {"2026-11-24", "4"}, {"2026-11-25", "2"}};
    for (const auto& [day, level] : pain) ok({"pain", level, "--date", day});
    ok({"pain", "5", "--date", "2026-11-24", "--note", kScript});
    ok({"done", "back-rub", "hot-compress", "--date", "2026-11-03"});
    ok({"done", "back-rub", "knee-hug", "palm-press", "--date", "2026-11-17", "--note", "a & b \"quoted\""});
    ok({"done", "back-rub", "--date", "2026-11-25"});
  }

  /// Runs `report` with `args`, asserting success, and returns the file's text.
  std::string report_file(std::vector<std::string> args, const std::filesystem::path& file) {
    args.insert(args.begin(), "report");
    ok(args);
    return read_file(file);
  }

  static constexpr int kLoggedDays = 12;
};

}  // namespace backcare::e2e

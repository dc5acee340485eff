#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "support/sanitizers.hpp"
#include "support/source_lines.hpp"

// One rulebook (STYLE.md): the severe level, the sizes of a change, the percent floor and the days a week
// needs live in src/rules/ only. Every other file under src/ is read here; a threshold's literal beside a
// comparison in code, or a threshold's phrase in a string, is listed by file:line, as a copy that could
// drift from the rulebook.

namespace {

/// Cut out of each line before it is read: the few places where such a number is not a threshold.
/// Each keeps its quotes balanced, so the strings after it still read as strings.
const std::vector<std::regex> kExclusions{
    // std::array's size is a template argument (a week's 7 days), and its `>` is not a comparison.
    std::regex(R"(std::array<[^;{}()]*?,\s*\d+>)"),
    // A for loop over a week's 7 days.
    std::regex(R"(for \([^;]*;\s*\w+\s*<\s*7\s*;)"),
    // A for loop over a date's 3 parts, YYYY, MM and DD (domain/day.cpp).
    std::regex(R"(for \(int p = 0; p < 3; \+\+p\))"),
    // A table's columns: cells 2 to 5 of a row hold figures, set right.
    std::regex(R"(cells\[i\], i >= \d+ && i <= \d+)"),
    // The length of a typed word, number or text (its digits), and the 2 points a line needs.
    std::regex(R"(\b(word|number|text|points)\.size\(\)\s*(<=|>=|<|>)\s*\d+)"),
    // The report's calendar shades a day by the routines done in it: 1, 2, 3–4, 5 or more.
    std::regex(R"(\broutines\s*>=\s*\d+|\{"5 or more",)"),
    // "3 of 7 days": the logged days of a week's 7.
    std::regex(R"(of 7 days|days_logged\) \+ " of 7")"),
};

/// A threshold's number: the severe level 7; a change of 2 or 4 points, 30 or 50 percent; the mean of 4
/// under which no percent is given; 5 and 3 logged days. Also as 2.0, -2 or 7u.
const std::string kNumber = R"(-?(7|2|30|50|4|5|3)(\.0*)?[uUlLfF]*(?![\w.]))";
const std::string kCompare = R"((<=|>=|<|>)(?![<>=]))";  // not <<, >>, -> or <=>
/// Code: the number right of a comparison (`>= 7`), or left of one (`7 <=`).
const std::regex kInCode("(^|[^<>=-])" + kCompare + R"(\s*)" + kNumber + "|(^|[^\\w.])" + kNumber + R"(\s*)" + kCompare);
/// Strings: the rulebook's figures in words.
const std::regex kInWords(R"(\b(7|5|3) ?(or more|or above|or over|or higher|\+)|\bof 7\b|\bat least (7|5|3)\b|)"
                          R"(\b(2|4)(\.0)? points?\b|\b(30|50) ?(%|percent)|\b(under|below|less than) (a mean of )?4\b|)"
                          R"(\b7 ?(-|–|to) ?10\b)",
                          std::regex::icase);

/// Each threshold in `source`, as "name:line: the line".
std::vector<std::string> thresholds_in(const std::string& source, const std::string& name) {
  std::istringstream in(source);
  std::vector<std::string> raw;
  std::string cut;
  for (std::string line; std::getline(in, line);) {
    raw.push_back(line);
    for (const auto& exclusion : kExclusions) line = std::regex_replace(line, exclusion, " ");
    cut += line + "\n";
  }
  std::vector<std::string> found;
  const backcare::support::SourceSplitter split(cut);
  const auto& lines = split.lines();
  for (std::size_t i = 0; i < lines.size() && i < raw.size(); ++i) {
    if (std::regex_search(lines[i].code, kInCode) || std::regex_search(lines[i].words, kInWords)) {
      found.push_back(name + ":" + std::to_string(i + 1) + ": " + raw[i]);
    }
  }
  return found;
}

}  // namespace

TEST(Thresholds, FindsEachFormAndSkipsTheExclusions) {
  // So an empty list from the tree means none are there, not that the patterns cannot see them.
  const std::string source =
      "if (level >= 7) return;\n"                            // 1: the severe level
      "if (7 <= level && mean < 4.0) x = 1;\n"               // 2: on the left; the percent floor
      "bool rise = pct > 30 || points >= 2;\n"               // 3: a change
      "if (days_logged < 3u) return;\n"                      // 4: a week's days
      "auto t = \"Days with pain of 7 or more\";\n"          // 5: the severe level in words
      "auto u = \"a rise of 2 points or 50%\"; // >= 7\n"    // 6: a change in words
      "auto v = R\"(a mean under 4\n"                        // 7: a raw string...
      "and 5 or more days)\";\n"                              // 8: ...over two lines
      "for (int i = 0; i < 7; ++i) days[i] = first + date::days{7 * i};\n"  // a week's days
      "std::array<WeekDay, 7> days; // if (level >= 7)\n"    // an array's size; a comment
      "out += std::to_string(f.days_logged) + \" of 7\" + \"3 of 7 days\";\n"
      "if (word.size() <= 4 && out << 7 && a->b > 70 && n == 7) {}\n"
      "/* if (level >= 7) */ auto w = \"level 7, 2 or 3\";\n"
      "for (int d = 0; d < 5; ++d) if (days.size() >= 3) {}\n";  // 14: not a week's loop, not a text's length
  const auto found = thresholds_in(source, "f");
  std::vector<std::string> lines;
  for (const auto& line : found) lines.push_back(line.substr(0, line.find(':', 2)));
  EXPECT_EQ(lines, (std::vector<std::string>{"f:1", "f:2", "f:3", "f:4", "f:5", "f:6", "f:7", "f:8", "f:14"}));
}

TEST(Thresholds, NoneOutsideTheRulebook) {
  // A scan of the source text: a sanitizer finds nothing in it, and slows the regexes sixfold.
  if (backcare::fixtures::kSanitized) GTEST_SKIP() << "scans the sources; the plain build runs it";
  const std::filesystem::path source = BACKCARE_SOURCE_DIR;
  std::vector<std::string> found;
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(source)) {
    const auto relative = std::filesystem::relative(entry.path(), source);
    if (!entry.is_regular_file() || *relative.begin() == "rules") continue;
    ++files;
    std::ifstream in(entry.path());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (auto& line : thresholds_in(text, "src/" + relative.generic_string())) found.push_back(line);
  }
  EXPECT_EQ(found, std::vector<std::string>{});
  EXPECT_GT(files, 50);  // the walk read the tree, so an empty list means something
}

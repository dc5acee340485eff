#include "render/ics_lines.hpp"

#include <gtest/gtest.h>

namespace backcare::render {
namespace {

TEST(IcsText, EscapesWhatTextMustAndDropsOtherControls) {
  EXPECT_EQ(ics_text("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
  EXPECT_EQ(ics_text("tab\there, bell\a, escape\x1b[2J, delete\x7f"), "tabhere\\, bell\\, escape[2J\\, delete");
  EXPECT_EQ(ics_text("50–100 strokes"), "50–100 strokes");
}

TEST(IcsLine, AShortLineIsOneLineEndedByCrlf) {
  EXPECT_EQ(ics_line("SUMMARY", "Back rub"), "SUMMARY:Back rub\r\n");
}

TEST(IcsLine, FoldsAt75OctetsWithALeadingSpaceCounted) {
  const std::string value(200, 'x');
  const std::string folded = ics_line("DESCRIPTION", value);
  // 75 octets, then lines of a space and 74 octets, then the rest.
  const std::string first = "DESCRIPTION:" + std::string(63, 'x');
  EXPECT_EQ(folded, first + "\r\n " + std::string(74, 'x') + "\r\n " + std::string(63, 'x') + "\r\n");
}

TEST(IcsLine, NeverCutsAUtf8CharacterInTwo) {
  // "–" is three octets: after 73 octets it does not fit in 75, so the line breaks before it.
  const std::string value = std::string(65, 'x') + "–" + "y";
  EXPECT_EQ(ics_line("SUMMARY", value), "SUMMARY:" + std::string(65, 'x') + "\r\n –y\r\n");
  // Every line of a long non-ASCII value is at most 75 octets and holds whole characters.
  std::string long_value;
  for (int i = 0; i < 100; ++i) long_value += "é–";
  const std::string folded = ics_line("X", long_value);
  std::string joined;
  for (std::size_t start = 0; start < folded.size();) {
    const auto end = folded.find("\r\n", start);
    const std::string line = folded.substr(start, end - start);
    EXPECT_LE(line.size(), 75u);
    joined += start == 0 ? line : line.substr(1);
    start = end + 2;
  }
  EXPECT_EQ(joined, "X:" + long_value);
}

}  // namespace
}  // namespace backcare::render

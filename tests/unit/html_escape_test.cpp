#include <gtest/gtest.h>

#include "render/html_escape.hpp"

using backcare::render::html_escape;

TEST(HtmlEscape, TurnsMarkupIntoText) {
  EXPECT_EQ(html_escape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(html_escape("a & b \"c\" 'd'"), "a &amp; b &quot;c&quot; &#39;d&#39;");
  EXPECT_EQ(html_escape("&amp;"), "&amp;amp;");
}

TEST(HtmlEscape, KeepsPlainTextAndUtf8) {
  EXPECT_EQ(html_escape(""), "");
  EXPECT_EQ(html_escape("after the walk, 38 °C – better"), "after the walk, 38 °C – better");
  EXPECT_EQ(html_escape("two\nlines\tand a tab"), "two\nlines\tand a tab");
}

TEST(HtmlEscape, ReplacesControlsAndBadBytes) {
  EXPECT_EQ(html_escape("\x1b[2J"), "\xEF\xBF\xBD[2J");
  EXPECT_EQ(html_escape(std::string("a\0b", 3)), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(html_escape("\x7f\xc2\x9b"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(html_escape("bad \xff byte"), "bad \xEF\xBF\xBD byte");
  EXPECT_EQ(html_escape("\xEF\xBF\xBF"), "\xEF\xBF\xBD");
}

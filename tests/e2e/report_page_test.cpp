// The report page against its golden copies. The goldens hold the page with the body of its <style>
// element cut out, and the stylesheet is checked once, here, against the one in the source: a change
// of CSS then touches no golden page, and a change of the page shows in both.
#include <string>
#include <string_view>
#include <utility>

#include "e2e/report_diary.hpp"
#include "render/report_page.hpp"
#include "render/summary_page.hpp"

namespace backcare::e2e {
namespace {

constexpr std::string_view kOpen = "<style>", kClose = "</style>";
constexpr std::string_view kStylesheetNote = "/* stylesheet: checked in ReportPage.StylesheetIsTheOneInTheSource */";

/// Where the body of the page's one <style> element starts and how long it is; npos when there is none.
std::pair<std::size_t, std::size_t> stylesheet_span(const std::string& html) {
  const auto open = html.find(kOpen);
  const auto close = open == std::string::npos ? std::string::npos : html.find(kClose, open);
  if (close == std::string::npos) return {std::string::npos, 0};
  return {open + kOpen.size(), close - open - kOpen.size()};
}

/// The page as its golden holds it: the stylesheet replaced by a note saying where it is checked. A page
/// without one is left whole, so the golden comparison shows what is missing.
std::string without_stylesheet(std::string html) {
  const auto [start, length] = stylesheet_span(html);
  if (start != std::string::npos) html.replace(start, length, kStylesheetNote);
  return html;
}

/// The stylesheet is the same whatever the diary holds, so an empty diary shows it.
class ReportPage : public DiaryTest {};

TEST_F(Report, MatchesItsGoldenFile) {
  expect_golden("report_fixed_diary",
                without_stylesheet(report_file({"--out", (dir_ / "r.html").string()}, dir_ / "r.html")));
  expect_golden("report_from_to", without_stylesheet(report_file({"--from", "2026-11-04", "--to", "2026-11-24",
                                                                  "--out", (dir_ / "s.html").string()},
                                                                 dir_ / "s.html")));
}

TEST_F(Report, OnePageMatchesItsGoldenFile) {
  expect_golden("report_one_page", without_stylesheet(report_file({"--one-page", "--out", (dir_ / "o.html").string()},
                                                                  dir_ / "o.html")));
}

TEST_F(ReportPage, OnePageStylesheetIsTheOneInTheSource) {
  ok({"report", "--one-page", "--out", (dir_ / "o.html").string()});
  const auto html = read_file(dir_ / "o.html");
  const auto [start, length] = stylesheet_span(html);
  ASSERT_NE(start, std::string::npos) << "no <style> element in the page";
  EXPECT_EQ(html.substr(start, length), render::summary_stylesheet());
  EXPECT_EQ(html.find(kOpen, start), std::string::npos) << "a second <style> element, which no test checks";
}

TEST_F(ReportPage, StylesheetIsTheOneInTheSource) {
  ok({"report", "--out", (dir_ / "r.html").string()});
  const auto html = read_file(dir_ / "r.html");
  const auto [start, length] = stylesheet_span(html);
  ASSERT_NE(start, std::string::npos) << "no <style> element in the page";
  EXPECT_EQ(html.substr(start, length), render::report_stylesheet());
  EXPECT_EQ(html.find(kOpen, start), std::string::npos) << "a second <style> element, which no test checks";
}

}  // namespace
}  // namespace backcare::e2e

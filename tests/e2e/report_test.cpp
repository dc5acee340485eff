// `report` through the built binary: the HTML file's structure (parsed by xmllint), the default name and
// mode, refused paths, and a real browser printing and drawing it where chromium exists. Its golden copies
// are checked in report_page_test.cpp.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "e2e/browser.hpp"
#include "e2e/report_diary.hpp"
#include "support/sanitizers.hpp"

namespace backcare::e2e {
namespace {

/// True when this process can make a file in `directory` (access() says yes to root regardless).
bool can_create_in(const std::filesystem::path& directory) {
  std::string pattern = (directory / "probe-XXXXXX").string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) return false;
  ::close(fd);
  ::unlink(pattern.c_str());
  return true;
}

TEST_F(Report, ParsesAsHtmlAndHoldsAPointPerLoggedDayAndACellPerDay) {
  const auto file = dir_ / "report.html";
  // Weeks before the first entry too, so the calendar has empty days as well as logged ones.
  EXPECT_EQ(ok({"report", "--from", "2026-09-07", "--out", file.string()}),
            "wrote the report for 2026-09-07 to 2026-11-26 to '" + file.string() + "' (readable by you only)\n");
  const auto html = read_file(file);
  // HTML parser: only HTML5 and SVG element names it does not know, nothing malformed.
  const auto as_html = shell("xmllint --html --noout " + file.string());
  EXPECT_EQ(as_html.status, 0) << as_html.output;
  const std::regex unknown_tag(R"(.*HTML parser error : Tag (header|main|section|footer|figure|figcaption|svg|desc|path|circle|rect|line|text|g|ellipse|title) invalid)");
  std::istringstream lines(as_html.output);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("parser error") != std::string::npos) {
      EXPECT_TRUE(std::regex_match(line, unknown_tag)) << line;
    }
  }
  // The file is also well-formed XML, so XPath can count what it holds.
  const auto as_xml = shell("xmllint --noout " + file.string());
  EXPECT_EQ(as_xml.status, 0);
  EXPECT_EQ(as_xml.output, "");
  const auto count = [&](const std::string& cls) { return xpath_count("//*[@class=\"" + cls + "\"]", file); };
  EXPECT_EQ(count("day-point"), std::to_string(kLoggedDays));
  EXPECT_EQ(count("cal-day"), "81");  // 2026-09-07 to 2026-11-26
  EXPECT_EQ(count("week-mean"), "3");
  EXPECT_EQ(count("baseline-week"), "1");
  // The page, 2 figures, tooltips, and the body outline's 15 shapes.
  EXPECT_EQ(count_of(html, "<title"), 2u + 1u + kLoggedDays + 3u + 81u + 15u);
  EXPECT_EQ(count_of(html, "<html lang=\"en\">"), 1u);
  EXPECT_EQ(count_of(html, "<desc id="), 2u);
}

TEST_F(Report, ANightEntrysNoteSaysItBelongsToTheNightAfterItsDay) {
  today_ = "2026-11-26T10:00";
  ok({"pain", "5", "--date", "2026-11-23", "--time", "02:30", "--note", "feeding at night"});
  ok({"pain", "3", "--date", "2026-11-24", "--time", "09:15", "--note", "morning"});
  const auto file = dir_ / "report.html";
  ok({"report", "--out", file.string()});
  const auto html = read_file(file);
  EXPECT_NE(html.find("<tr><td>2026-11-23</td><td>02:30, the night after Mon 23 Nov 2026</td>"), std::string::npos);
  EXPECT_NE(html.find("<tr><td>2026-11-24</td><td>09:15</td>"), std::string::npos);
}

TEST_F(Report, CarriesNothingFromElsewhereAndNoLiveNote) {
  const auto html = report_file({"--out", (dir_ / "r.html").string()}, dir_ / "r.html");
  EXPECT_EQ(count_of(html, "http"), 0u);
  EXPECT_EQ(count_of(html, "<script"), 0u);
  EXPECT_EQ(count_of(html, "<link"), 0u);
  EXPECT_EQ(count_of(html, "url("), 0u);
  EXPECT_EQ(count_of(html, "&lt;script&gt;alert(1)&lt;/script&gt;"), 1u);
  EXPECT_EQ(count_of(html, "a &amp; b &quot;quoted&quot;"), 3u);  // one note on each of 3 routines
  EXPECT_NE(html.find("self-tracking summary, not a medical assessment"), std::string::npos);
  EXPECT_NE(html.find("A pattern in your own records, not proof that one leads to the other."), std::string::npos);
}

TEST_F(Report, WritesItsDefaultNameInTheCurrentDirectoryReadableByYouOnly) {
  const auto place = dir_ / "here";
  std::filesystem::create_directory(place);
  const auto result = finish_binary(start_binary({"--db", db_.string(), "report", "--to", "2026-11-20", "--json"},
                                                 {{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}}, "",
                                                 [place] { (void)::chdir(place.c_str()); }));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  // By default 12 weeks, but none before the week of the first entry (Mon 2 Nov).
  const std::string name = "backcare-report-2026-11-02-2026-11-20.html";
  const auto written = nlohmann::json::parse(result.out);
  EXPECT_EQ(written.at("file"), name);
  EXPECT_EQ(written.at("from"), "2026-11-02");
  EXPECT_EQ(written.at("to"), "2026-11-20");
  EXPECT_EQ(written.at("redflags_tier"), "none");
  EXPECT_EQ(written.at("redflags_past").size(), 3u);  // the 7, 7 and 8 of its first week, in the past
  struct stat info {};
  ASSERT_EQ(::stat((place / name).c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(place), {}), 1);  // no temporary file left
}

TEST_F(Report, ADirectoryItCannotWriteIsAStorageError) {
  // Root ignores modes, so as root use /sys, where even root cannot create files.
  auto locked = dir_ / "locked";
  std::filesystem::create_directory(locked);
  ::chmod(locked.c_str(), 0500);
  if (can_create_in(locked)) locked = "/sys";
  if (can_create_in(locked)) GTEST_SKIP() << "no directory here refuses writes";
  const auto out = locked / "r.html";
  const auto result = run({"report", "--out", out.string()});
  ::chmod((dir_ / "locked").c_str(), 0700);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "backcare: error: cannot create a file beside '" + out.string() + "': Permission denied\n");
  EXPECT_EQ(result.out, "");
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST_F(Report, PrintsOnA4AndLetterAndDrawsInARealBrowser) {
  if (!std::filesystem::exists("/usr/bin/chromium")) GTEST_SKIP() << "chromium is not installed: browser check skipped";
  // The sanitizer watches backcare, which the other report tests run; here the time is the browser's.
  if (fixtures::kSanitized) GTEST_SKIP() << "a browser's rendering: the plain build runs it";
  const auto html = report_file({"--out", (dir_ / "r.html").string()}, dir_ / "r.html");
  const auto profile = dir_ / "profile";
  for (const std::string size : {"A4", "Letter"}) {
    const auto page = dir_ / (size + ".html"), pdf = dir_ / (size + ".pdf");
    std::string sized = html;
    sized.insert(sized.find("</style>"), "@page { size: " + size + "; }\n");
    std::ofstream(page) << sized;
    const auto printed = chromium(profile, "--print-to-pdf=" + pdf.string(), page);
    ASSERT_TRUE(std::filesystem::exists(pdf)) << printed.output;
    const auto text = read_file(pdf);
    // Page objects, not the /Pages tree: the pictures, the figures, where it hurt with the red flags, and
    // the rest of the red flags with the notes.
    EXPECT_EQ(count_of(text, "/Type /Page") - count_of(text, "/Type /Pages"), 4u) << size;
  }
  const auto empty = dir_ / "empty.html";
  std::ofstream(empty) << "<!DOCTYPE html><html lang=\"en\"><head><title>empty</title></head><body></body></html>\n";
  chromium(profile, "--screenshot=" + (dir_ / "empty.png").string() + " --window-size=1200,1600", empty);
  chromium(profile, "--screenshot=" + (dir_ / "r.png").string() + " --window-size=1200,1600", dir_ / "r.html");
  const auto blank = read_file(dir_ / "empty.png"), drawn = read_file(dir_ / "r.png");
  ASSERT_FALSE(blank.empty());
  EXPECT_EQ(drawn.substr(0, 8), "\x89PNG\r\n\x1a\n");
  // A drawn page compresses far worse than a white one.
  EXPECT_GT(drawn.size(), 20000u);
  EXPECT_GT(drawn.size(), 4 * blank.size());
}

/// The body outline as a real browser draws it: each shape's region, days and computed fill, one per line
/// ("sacroiliac:left 1 rgb(…)"), read by a script the test adds to a copy of the page.
std::vector<std::string> outline_as_drawn(const std::filesystem::path& profile, const std::filesystem::path& page,
                                          const std::string& html) {
  std::string probed = html;
  probed.insert(probed.rfind("</body>"),
                "<script>const seen = [...document.querySelectorAll('svg [data-region]')].map(e => "
                "e.dataset.region + ' ' + e.dataset.days + ' ' + getComputedStyle(e).fill);"
                "document.body.insertAdjacentHTML('beforeend', '<pre id=\"drawn\">' + seen.join('|') + '</pre>');"
                "</script>\n");
  std::ofstream(page) << probed;
  const auto dom = chromium(profile, "--dump-dom", page).output;
  // The last: the script's own text holds the tag too.
  const auto begin = dom.rfind("<pre id=\"drawn\">"), end = dom.find("</pre>", begin);
  if (begin == std::string::npos || end == std::string::npos) return {dom.substr(0, 2000)};
  std::vector<std::string> lines;
  std::stringstream drawn(dom.substr(begin + 16, end - begin - 16));
  for (std::string line; std::getline(drawn, line, '|');) lines.push_back(line);
  return lines;
}

TEST_F(Report, TheBodyOutlineShadesWhereItHurtInARealBrowser) {
  if (!std::filesystem::exists("/usr/bin/chromium")) GTEST_SKIP() << "chromium is not installed: browser check skipped";
  // The sanitizer watches backcare, which the other report tests run; here the time is the browser's.
  if (fixtures::kSanitized) GTEST_SKIP() << "a browser's rendering: the plain build runs it";
  ok({"pain", "6", "--date", "2026-11-24", "--where", "low-back", "--where", "sacroiliac:left"});
  ok({"pain", "5", "--date", "2026-11-25", "--where", "low-back", "--where", "pubic", "--where", "below-knee"});
  ok({"sign", "leg-swelling:right", "--date", "2026-11-25", "--note", "warm calf"});
  const auto html = report_file({"--out", (dir_ / "r.html").string()}, dir_ / "r.html");
  std::set<std::string> shaded, unshaded;
  for (const auto& line : outline_as_drawn(dir_ / "profile", dir_ / "probe.html", html)) {
    std::stringstream words(line);
    std::string region, days, fill;
    words >> region >> days;
    std::getline(words >> std::ws, fill);
    ASSERT_FALSE(fill.empty()) << line;
    // White in the browser's own words is unshaded; every other grey is a region that hurt.
    (fill == "rgb(255, 255, 255)" ? unshaded : shaded).insert(region + " " + days);
  }
  // below-knee without a side shades both legs, front and back (one entry each: a set).
  EXPECT_EQ(shaded, (std::set<std::string>{"low-back 2", "sacroiliac:left 1", "pubic 1", "below-knee:left 1",
                                           "below-knee:right 1"}));
  EXPECT_EQ(unshaded.size(), 8u);  // upper-back, sacroiliac:right, hip-groin x2, buttock x2, back-thigh x2
  EXPECT_NE(html.find("<li data-sign=\"leg-swelling:right\">Wed 25 Nov 2026: Swollen leg (right): warm calf</li>"),
            std::string::npos);
  // Kept for a person to look at: tests/artifacts/report-outline.png in the build tree.
  const auto kept = std::filesystem::current_path() / "artifacts";
  std::filesystem::create_directories(kept);
  chromium(dir_ / "profile", "--screenshot=" + (kept / "report-outline.png").string() + " --window-size=1000,2400",
           dir_ / "r.html");
  EXPECT_EQ(read_file(kept / "report-outline.png").substr(0, 8), "\x89PNG\r\n\x1a\n");
}

}  // namespace
}  // namespace backcare::e2e

// `report --one-page` through the built binary: a busy 4-week diary's summary, its structure (xmllint),
// and a real browser printing it on exactly one A4 and one Letter page, with a picture of each page kept
// for a person to look at. Its golden copy is checked in report_page_test.cpp.
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "e2e/browser.hpp"
#include "e2e/harness.hpp"
#include "support/sanitizers.hpp"

namespace backcare::e2e {
namespace {

const std::vector<std::string> kBusyPlaces{"low-back", "sacroiliac:left", "sacroiliac:right", "buttock:both",
                                           "pubic", "hip-groin:left", "back-thigh:right", "below-knee",
                                           "upper-back", "other", "sacroiliac", "hip-groin:both"};
const std::vector<std::string> kBusyRoutines{"palm-press", "back-rub", "knot-rub", "leg-push",
                                             "knee-hug", "sit-up", "waist-roll", "hot-compress"};
const std::vector<std::string> kBusyTags{"poor-sleep", "night-feeds", "lifting", "long-sitting", "painkiller",
                                         "hard-day", "physio-visit", "visitors-all-afternoon", "long-car-journey",
                                         "carried-the-pushchair"};
const std::vector<std::string> kBusySigns{"leg-numbness:left", "leg-tingling:right", "leg-weakness:both",
                                          "leg-swelling:right", "saddle-numbness", "bladder-bowel"};

/// A note as long as a note may be, with a word too long for any line.
std::string long_note(int day) {
  std::string note = "Day " + std::to_string(day) + ": " + std::string(80, 'w') + " ";
  while (note.size() < 990) note += "fed at night, carried the baby up the stairs twice, sat long on the sofa; ";
  return note.substr(0, 1000);
}

/// A busy diary of 4 whole weeks, Mon 2 Nov to Sun 29 Nov 2026: three pain entries a day across every
/// region, all 8 routines, 10 tags (3 of them long and new), each sign, and a long note every day.
class OnePage : public DiaryTest {
 protected:
  void SetUp() override {
    DiaryTest::SetUp();
    today_ = "2026-11-29T23:30";
    ok({"config", "birth-date", "2026-08-20"});
    ok({"config", "birth-type", "caesarean"});
    for (int i = 0; i < 28; ++i) log_day(i);
  }

  void log_day(int i) {
    const std::string day = date_of(i);
    const std::vector<std::string> times{"07:30", "13:00", "21:00"};
    for (int k = 0; k < 3; ++k) {
      std::vector<std::string> args{"pain", std::to_string(level(i, k)), "--date", day, "--time", times[k],
                                    "--where", kBusyPlaces[(i + k) % kBusyPlaces.size()]};
      if (k == 0) args.insert(args.end(), {"--note", long_note(i)});
      logged(args);
    }
    std::vector<std::string> done{"done"};
    for (int r = 0; r < 8; ++r) {
      if ((i + r) % 3 != 0) done.push_back(kBusyRoutines[r]);
    }
    done.insert(done.end(), {"--date", day, "--note", long_note(i)});
    logged(done);
    logged({"tag", kBusyTags[i % kBusyTags.size()], kBusyTags[(i * 3 + 1) % kBusyTags.size()], "--new", "--date", day});
    // The last day's sign puts the emergency pointer at the top of the page: its longest header.
    if (i == 27) logged({"sign", "bladder-bowel", "--date", day});
    if (i % 4 == 1) logged({"sign", kBusySigns[(i / 4) % kBusySigns.size()], "--date", day, "--note", long_note(i)});
  }

  /// Lower week by week, as after a birth, with a severe entry now and then.
  static int level(int i, int k) {
    const int base = 6 - i / 7 + (k == 1 ? 1 : k == 2 ? -1 : 0) + (i * 7) % 3 - 1;
    return i % 9 == 4 && k == 1 ? base + 3 : std::max(0, base);
  }

  /// A run that must succeed; a sign or a severe entry says more on stderr, which ok() would refuse.
  void logged(const std::vector<std::string>& args) {
    const auto result = run(args);
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }

  static std::string date_of(int i) {
    const int day = 2 + i;
    if (day <= 30) return std::string("2026-11-") + (day < 10 ? "0" : "") + std::to_string(day);
    return "2026-12-0" + std::to_string(day - 30);
  }
};

TEST_F(OnePage, HoldsTheFourWeeksAndLeavesTheNotesOut) {
  const auto file = dir_ / "one.html";
  EXPECT_EQ(ok({"report", "--one-page", "--out", file.string()}),
            "wrote the one-page summary for 2026-11-02 to 2026-11-29 to '" + file.string() +
                "' (readable by you only)\n");
  const auto html = read_file(file);
  // Well-formed XML, so XPath can count what it holds.
  const auto as_xml = shell("xmllint --noout " + file.string());
  EXPECT_EQ(as_xml.status, 0) << as_xml.output;
  EXPECT_EQ(xpath_count("//td[starts-with(@class, \"day\")]", file), "28");
  EXPECT_EQ(xpath_count("//ul[@class=\"signs\"]/li", file), "6");
  EXPECT_EQ(xpath_count("//table[@class=\"routines\"]/tbody/tr", file), "8");
  for (const auto& tag : kBusyTags) EXPECT_NE(html.find("<b>" + tag + "</b>"), std::string::npos) << tag;
  EXPECT_NE(html.find("<b>Low back</b> "), std::string::npos);
  EXPECT_NE(html.find("<b>Somewhere else</b> "), std::string::npos);
  EXPECT_NE(html.find("caesarean"), std::string::npos);
  EXPECT_NE(html.find("(born 2026-08-20)"), std::string::npos);
  EXPECT_NE(html.find("not medical advice"), std::string::npos);
  EXPECT_NE(html.find("self-tracking summary, not a medical assessment"), std::string::npos);
  EXPECT_NE(html.find("Against the week before"), std::string::npos);
  // A note on each entry and on each routine a `done` logged: all left out, counted.
  EXPECT_NE(html.find("177 notes written in this period"), std::string::npos);
  EXPECT_EQ(count_of(html, "fed at night"), 0u);
  EXPECT_EQ(count_of(html, "http"), 0u);
  EXPECT_EQ(count_of(html, "<script"), 0u);
}

/// Where what a person should look at is kept: tests/artifacts in the build tree.
std::filesystem::path kept_dir() {
  const auto kept = std::filesystem::current_path() / "artifacts";
  std::filesystem::create_directories(kept);
  return kept;
}

/// Page 1 of `pdf` as a PNG at 60 dpi, kept for a person to look at.
void keep_picture(const std::filesystem::path& pdf, const std::string& name) {
  const auto kept = kept_dir();
  const auto drawn = shell("pdftoppm -png -r 60 -f 1 -l 1 -singlefile " + pdf.string() + " " + (kept / name).string());
  EXPECT_EQ(drawn.status, 0) << drawn.output;
  EXPECT_EQ(read_file(kept / (name + ".png")).substr(0, 8), "\x89PNG\r\n\x1a\n");
}

TEST_F(OnePage, PrintsOnExactlyOnePageOfA4AndOfLetter) {
  if (!std::filesystem::exists("/usr/bin/chromium")) GTEST_SKIP() << "chromium is not installed: browser check skipped";
  if (shell("command -v pdfinfo pdftoppm").status != 0) GTEST_SKIP() << "poppler-utils is not installed: page count skipped";
  // The sanitizer watches backcare, which the other tests run; here the time is the browser's.
  if (fixtures::kSanitized) GTEST_SKIP() << "a browser's rendering: the plain build runs it";
  ok({"report", "--one-page", "--out", (dir_ / "one.html").string()});
  const auto html = read_file(dir_ / "one.html");
  std::ofstream(kept_dir() / "one-page.html") << html;
  for (const std::string size : {"A4", "letter"}) {
    const auto page = dir_ / (size + ".html"), pdf = dir_ / (size + ".pdf");
    // A copy with her paper's size: the page itself sets none, so her printer's applies.
    std::string sized = html;
    sized.insert(sized.find("</style>"), "@page { size: " + size + "; }\n");
    std::ofstream(page) << sized;
    const auto printed = chromium(dir_ / "profile", "--print-to-pdf=" + pdf.string(), page);
    ASSERT_TRUE(std::filesystem::exists(pdf)) << printed.output;
    const auto info = shell("pdfinfo " + pdf.string() + " | grep '^Pages:'");
    EXPECT_EQ(info.output, "Pages:           1\n") << size;
    keep_picture(pdf, "one-page-" + std::string(size == "A4" ? "a4" : "letter"));
  }
}

/// A small diary, for the file the summary is written to.
class OnePageFile : public DiaryTest {};

TEST_F(OnePageFile, WritesItsDefaultNameReadableByYouOnly) {
  ok({"pain", "4", "--date", "2026-11-20"});
  const auto place = dir_ / "here";
  std::filesystem::create_directory(place);
  const auto result = finish_binary(start_binary({"--db", db_.string(), "report", "--one-page", "--to", "2026-11-20", "--json"},
                                                 {{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}}, "",
                                                 [place] { (void)::chdir(place.c_str()); }));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  // The 4 weeks up to Fri 20 Nov: Mon 26 Oct to the 20th.
  const std::string name = "backcare-summary-2026-10-26-2026-11-20.html";
  const auto written = nlohmann::json::parse(result.out);
  EXPECT_EQ(written.at("file"), name);
  EXPECT_EQ(written.at("from"), "2026-10-26");
  EXPECT_EQ(written.at("to"), "2026-11-20");
  EXPECT_EQ(written.at("one_page"), true);
  EXPECT_EQ(mode_of(place / name), 0600u);
}

}  // namespace
}  // namespace backcare::e2e

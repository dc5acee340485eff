// Days per tag in `week` and the HTML report (issue 29), through the built binary: what else went on,
// counted by days, whichever entry carried the tag; whole outputs compared with goldens.
#include <gtest/gtest.h>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

class TagDaysViews : public DiaryTest {
 protected:
  /// This week, Mon 23 to Thu 26 Nov 2026: lifting on three days (a day's tag, a pain entry's and a
  /// routine done's), twice on the Tuesday (still one day); poor-sleep on one day; hard-day only in the
  /// week before, so this week does not show it.
  void tag_this_week() {
    ok({"pain", "5", "--date", "2026-11-23", "--tag", "lifting", "poor-sleep"});
    ok({"tag", "lifting", "--date", "2026-11-24"});
    ok({"pain", "4", "--date", "2026-11-24", "--tag", "lifting"});
    ok({"done", "back-rub", "--date", "2026-11-25", "--tag", "lifting"});
    ok({"pain", "3", "--date", "2026-11-26"});
    ok({"tag", "hard-day", "--date", "2026-11-18"});
  }
};

TEST_F(TagDaysViews, WeekCountsTheDaysOfEachTagInTextAndJson) {
  tag_this_week();
  expect_golden("tag_days_week", ok({"week"}));
  expect_golden("tag_days_week_json", ok({"week", "--json"}));
  // The week before holds hard-day alone, and no pain: the line still shows.
  expect_golden("tag_days_week_last", ok({"week", "last"}));
}

TEST_F(TagDaysViews, TheReportHasASmallTableOfTagsOverItsRange) {
  tag_this_week();
  const std::string page = ok({"report", "--from", "2026-11-23", "--out", "-"});
  const auto begin = page.find("<section>\n<h2>Tags</h2>");
  ASSERT_NE(begin, std::string::npos);
  const auto end = page.find("</section>", begin);
  expect_golden("tag_days_report", page.substr(begin, end - begin) + "</section>\n");
}

TEST_F(TagDaysViews, AReportWithoutTagsHasNoTagsSection) {
  ok({"pain", "4"});
  EXPECT_EQ(ok({"report", "--out", "-"}).find("<h2>Tags</h2>"), std::string::npos);
}

}  // namespace
}  // namespace backcare::e2e

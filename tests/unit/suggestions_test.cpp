#include <gtest/gtest.h>

#include <algorithm>

#include "reports/suggestions.hpp"
#include "support/fixtures.hpp"

using namespace backcare;
using namespace backcare::reports;
using backcare::fixtures::routine;
using domain::Day;

namespace {

const Day kToday = Day{date::year{2026} / 11 / 26};

/// The article's routines with the fields the rules read, in article order.
std::vector<domain::Routine> article() {
  auto palm = routine("palm-press", "massage", 1);
  auto rub = routine("back-rub", "massage", 2);
  auto knot = routine("knot-rub", "massage", 3);
  auto push = routine("leg-push", "massage", 4);
  auto hug = routine("knee-hug", "exercise", 5);
  auto sit = routine("sit-up", "exercise", 6);
  auto roll = routine("waist-roll", "exercise", 7);
  auto heat = routine("hot-compress", "heat", 8);
  palm.gentle = rub.gentle = knot.gentle = heat.gentle = true;
  rub.daily_count = 2;
  rub.times_of_day = {"morning", "evening"};
  hug.times_of_day = {"evening"};
  push.needs_helper = true;
  return {palm, rub, knot, push, hug, sit, roll, heat};
}

SuggestInput base() {
  SuggestInput input;
  input.day = kToday;
  input.part = DayPart::whole_day;
  input.all = true;
  input.routines = article();
  input.settings.cleared_for_exercise = true;
  return input;
}

std::vector<std::string> slugs(const Suggestions& out) {
  std::vector<std::string> found;
  for (const auto& item : out.items) found.push_back(item.slug);
  return found;
}

bool has(const Suggestions& out, const std::string& slug) {
  const auto found = slugs(out);
  return std::find(found.begin(), found.end(), slug) != found.end();
}

const Suggestion& item(const Suggestions& out, const std::string& slug) {
  return *std::find_if(out.items.begin(), out.items.end(), [&](const auto& i) { return i.slug == slug; });
}

}  // namespace

TEST(Suggest, Rule1DoneTodayIsNotSuggestedAgainUnlessGivenTwiceADay) {
  auto input = base();
  input.done_on_day = {{"palm-press", 1}, {"back-rub", 1}};
  input.last_done = {{"palm-press", kToday}, {"back-rub", kToday}};
  auto out = suggest(input);
  EXPECT_FALSE(has(out, "palm-press"));
  ASSERT_TRUE(has(out, "back-rub"));
  EXPECT_EQ(item(out, "back-rub").why, "once more today: the article gives it twice a day");
  input.done_on_day["back-rub"] = 2;
  EXPECT_FALSE(has(suggest(input), "back-rub"));
}

TEST(Suggest, Rule2ExercisesWaitWithoutABirthDate) {
  auto input = base();
  input.settings = {};
  const auto out = suggest(input);
  EXPECT_FALSE(has(out, "knee-hug") || has(out, "sit-up") || has(out, "waist-roll"));
  ASSERT_EQ(out.exercise_notes.size(), 1u);
  EXPECT_EQ(out.exercise_notes[0],
            "Exercises wait for your postnatal check (6-8 weeks after the birth); tell backcare your birth date: "
            "backcare config birth-date YYYY-MM-DD");
}

TEST(Suggest, Rule2ExercisesFromSixWeeksAfterTheBirthEightAfterACaesarean) {
  auto input = base();
  input.settings = {};
  input.settings.birth_date = kToday - date::days{42};
  EXPECT_TRUE(has(suggest(input), "waist-roll"));
  input.settings.birth_date = kToday - date::days{41};
  const auto early = suggest(input);
  EXPECT_FALSE(has(early, "waist-roll"));
  EXPECT_EQ(early.exercise_notes.at(0), "Exercises wait until 6 weeks after the birth: from Fri 27 Nov 2026, or once "
                                        "your midwife or doctor clears you: backcare config cleared-for-exercise yes");
  input.settings.birth_type = domain::BirthType::caesarean;
  input.settings.birth_date = kToday - date::days{55};
  EXPECT_FALSE(has(suggest(input), "waist-roll"));
  input.settings.birth_date = kToday - date::days{56};
  const auto later = suggest(input);
  EXPECT_TRUE(has(later, "waist-roll"));
  EXPECT_FALSE(has(later, "sit-up"));  // held after a caesarean until cleared
  EXPECT_EQ(later.exercise_notes.at(0),
            "sit-up waits after a caesarean until your midwife or doctor clears you: backcare config cleared-for-exercise yes");
}

TEST(Suggest, Rule2ClearedDecidesEitherWay) {
  auto input = base();
  input.settings.birth_date = kToday - date::days{100};
  input.settings.cleared_for_exercise = false;
  EXPECT_FALSE(has(suggest(input), "waist-roll"));
  input.settings.birth_date = kToday - date::days{3};
  input.settings.birth_type = domain::BirthType::caesarean;
  input.settings.cleared_for_exercise = true;
  const auto out = suggest(input);
  EXPECT_TRUE(has(out, "waist-roll"));
  EXPECT_TRUE(has(out, "sit-up"));
  EXPECT_TRUE(out.exercise_notes.empty());
}

TEST(Suggest, Rule2SitUpAlwaysCarriesItsCaution) {
  const auto out = suggest(base());
  ASSERT_TRUE(has(out, "sit-up"));
  EXPECT_EQ(item(out, "sit-up").caution, std::string(kSitUpCaution));
  EXPECT_FALSE(item(out, "waist-roll").caution);
}

TEST(Suggest, Rule3HighPainLeavesOnlyGentleRoutinesAndPointsToRedFlags) {
  auto input = base();
  input.latest_pain = domain::DailyPain{kToday - date::days{1}, 7.0, 8, 2};
  const auto out = suggest(input);
  EXPECT_EQ(slugs(out), (std::vector<std::string>{"palm-press", "back-rub", "knot-rub", "hot-compress"}));
  EXPECT_TRUE(out.redflags);
  ASSERT_TRUE(out.high_pain);
  EXPECT_EQ(item(out, "knot-rub").why, "never done yet; gentle: fits a high-pain day");
  input.latest_pain->mean = 6.5;  // a 7 and a 6: the mean decides
  const auto lower = suggest(input);
  EXPECT_TRUE(has(lower, "waist-roll"));
  EXPECT_FALSE(lower.redflags);
}

TEST(Suggest, Rule4NeedsAHelper) {
  auto input = base();
  const auto alone = suggest(input);
  EXPECT_FALSE(has(alone, "leg-push"));
  EXPECT_EQ(alone.need_helper, std::vector<std::string>{"leg-push"});
  input.helper = true;
  const auto helped = suggest(input);
  ASSERT_TRUE(has(helped, "leg-push"));
  EXPECT_EQ(item(helped, "leg-push").why, "never done yet; it needs a second person, and you have help today");
}

TEST(Suggest, Rule5TimeOfDay) {
  EXPECT_EQ(day_part(10 * 60 + 59, false), DayPart::morning);
  EXPECT_EQ(day_part(11 * 60, false), DayPart::midday);
  EXPECT_EQ(day_part(18 * 60 + 59, false), DayPart::midday);
  EXPECT_EQ(day_part(19 * 60, false), DayPart::evening);
  EXPECT_EQ(day_part(2 * 60, true), DayPart::evening);  // a night feed before day-starts: still the evening before
  auto input = base();
  input.part = DayPart::morning;
  auto out = suggest(input);
  EXPECT_TRUE(has(out, "back-rub"));
  EXPECT_EQ(item(out, "back-rub").why, "never done yet; morning is a time the article gives for it");
  EXPECT_FALSE(has(out, "knee-hug"));
  EXPECT_EQ(out.later, std::vector<std::string>{"knee-hug"});
  input.part = DayPart::midday;
  out = suggest(input);
  EXPECT_FALSE(has(out, "back-rub") || has(out, "knee-hug"));
  EXPECT_EQ(out.later, (std::vector<std::string>{"back-rub", "knee-hug"}));
  input.part = DayPart::evening;
  out = suggest(input);
  EXPECT_TRUE(has(out, "back-rub") && has(out, "knee-hug"));
  EXPECT_TRUE(out.later.empty());
}

TEST(Suggest, Rule6RanksByDaysSinceLastDoneNeverDoneFirstTiesInArticleOrder) {
  auto input = base();
  input.all = false;
  input.settings.cleared_for_exercise = false;
  input.last_done = {{"palm-press", kToday - date::days{1}}, {"back-rub", kToday - date::days{3}},
                     {"hot-compress", kToday - date::days{3}}};
  const auto out = suggest(input);
  // Never done: knot-rub (leg-push needs a helper); then 3 days: back-rub before hot-compress; then palm-press.
  EXPECT_EQ(slugs(out), (std::vector<std::string>{"knot-rub", "back-rub", "hot-compress", "palm-press"}));
  EXPECT_EQ(item(out, "back-rub").why, "not done for 3 days");
  EXPECT_EQ(item(out, "palm-press").why, "last done yesterday");
}

TEST(Suggest, ShowsFourUnlessAll) {
  auto input = base();
  input.helper = true;
  input.all = false;
  EXPECT_EQ(suggest(input).items.size(), 4u);
  input.all = true;
  EXPECT_EQ(suggest(input).items.size(), 8u);
}

TEST(Suggest, UserRoutinesAreRankedTheSameButNeverGentleOrGated) {
  auto input = base();
  input.settings = {};
  auto own = routine("pelvic-tilt", "exercise", 9);
  own.from_article = false;
  input.routines.push_back(own);
  auto out = suggest(input);
  ASSERT_TRUE(has(out, "pelvic-tilt"));  // exercises are held, but not your own
  EXPECT_EQ(item(out, "pelvic-tilt").why, "never done yet; your own routine");
  input.latest_pain = domain::DailyPain{kToday, 8.0, 8, 1};
  EXPECT_FALSE(has(suggest(input), "pelvic-tilt"));
}

TEST(Suggest, TipIsPickedByTheDay) {
  auto input = base();
  input.tips = {{"a", "first"}, {"b", "second"}, {"c", "third"}};
  // 2026-11-26 is day 20783 since 1970-01-01; 20783 % 3 = 2.
  EXPECT_EQ(kToday.time_since_epoch().count(), 20783);
  EXPECT_EQ(suggest(input).tip, "third");
  input.day += date::days{1};
  EXPECT_EQ(suggest(input).tip, "first");
  input.tips.clear();
  EXPECT_EQ(suggest(input).tip, "");
}

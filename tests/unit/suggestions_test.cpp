#include <gtest/gtest.h>

#include <algorithm>

#include "render/suggest_render.hpp"
#include "reports/suggestions.hpp"
#include "support/fixtures.hpp"

using namespace backcare;
using namespace backcare::reports;
using backcare::fixtures::routine;
using domain::Day;

namespace {

const Day kSuggestToday = Day{date::year{2026} / 11 / 26};

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
  // content/'s holds: 6 weeks after a vaginal birth, 8 and a clinician's OK after a caesarean; sit-ups
  // never before the 6–8 week check.
  hug.hold = roll.hold = {6, 8, domain::PhaseHold::Clearance::after_caesarean, false};
  sit.hold = {6, 8, domain::PhaseHold::Clearance::always, true};
  heat.cautions = {"Never use boiling water.", "Check your skin every time you move the towel."};
  return {palm, rub, knot, push, hug, sit, roll, heat};
}

SuggestInput base() {
  SuggestInput input;
  input.day = kSuggestToday;
  input.part = DayPart::whole_day;
  input.all = true;
  input.routines = article();
  input.settings.cleared_for_exercise = true;
  input.settings.birth_date = kSuggestToday - date::days{365};
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

/// Why `slug` is suggested, in the words render gives it.
std::string why(const Suggestions& out, const std::string& slug) { return render::why_text(item(out, slug).why); }

/// The routines held, with the reason of each.
std::vector<std::pair<std::string, rules::HoldReason>> held(const Suggestions& out) {
  std::vector<std::pair<std::string, rules::HoldReason>> found;
  for (const auto& routine : out.held) found.emplace_back(routine.slug, routine.hold.reason);
  return found;
}

using Held = std::vector<std::pair<std::string, rules::HoldReason>>;

}  // namespace

TEST(Suggest, Rule1DoneTodayIsNotSuggestedAgainUnlessGivenTwiceADay) {
  auto input = base();
  input.done_on_day = {{"palm-press", 1}, {"back-rub", 1}};
  input.last_done = {{"palm-press", kSuggestToday}, {"back-rub", kSuggestToday}};
  auto out = suggest(input);
  EXPECT_FALSE(has(out, "palm-press"));
  ASSERT_TRUE(has(out, "back-rub"));
  EXPECT_EQ(why(out, "back-rub"), "once more today: the article gives it twice a day");
  input.done_on_day["back-rub"] = 2;
  EXPECT_FALSE(has(suggest(input), "back-rub"));
}

TEST(Suggest, Rule2ExercisesWaitWithoutABirthDate) {
  auto input = base();
  input.settings = {};
  const auto out = suggest(input);
  EXPECT_FALSE(has(out, "knee-hug") || has(out, "sit-up") || has(out, "waist-roll"));
  using enum rules::HoldReason;
  EXPECT_EQ(held(out), (Held{{"knee-hug", birth_date_unknown}, {"sit-up", birth_date_unknown},
                             {"waist-roll", birth_date_unknown}}));
  EXPECT_TRUE(out.held[0].hold.birth_type_assumed);  // unset: the caesarean rules
}

TEST(Suggest, Rule2ExercisesFromSixWeeksAfterAVaginalBirthAndAfterACaesareanOnlyOnceCleared) {
  auto input = base();
  input.settings = {};
  input.settings.birth_type = domain::BirthType::vaginal;
  input.settings.birth_date = kSuggestToday - date::days{42};
  EXPECT_TRUE(has(suggest(input), "waist-roll"));
  input.settings.birth_date = kSuggestToday - date::days{41};
  const auto early = suggest(input);
  EXPECT_FALSE(has(early, "waist-roll"));
  ASSERT_EQ(early.held.size(), 3u);
  EXPECT_EQ(early.held[0].hold.until, kSuggestToday + date::days{1});
  input.settings.birth_type = domain::BirthType::caesarean;
  input.settings.birth_date = kSuggestToday - date::days{70};  // 10 weeks: the wait is over, the OK is not given
  using enum rules::HoldReason;
  EXPECT_EQ(held(suggest(input)), (Held{{"knee-hug", needs_clearance}, {"sit-up", needs_clearance},
                                        {"waist-roll", needs_clearance}}));
  input.settings.cleared_for_exercise = true;
  const auto cleared = suggest(input);
  EXPECT_TRUE(has(cleared, "waist-roll") && has(cleared, "sit-up"));
  EXPECT_TRUE(cleared.held.empty());
}

TEST(Suggest, Rule2ClearanceDecidesButNeverBringsSitUpsBeforeTheCheck) {
  auto input = base();
  input.settings.birth_date = kSuggestToday - date::days{100};
  input.settings.cleared_for_exercise = false;
  EXPECT_FALSE(has(suggest(input), "waist-roll"));
  input.settings.birth_date = kSuggestToday - date::days{14};
  input.settings.birth_type = domain::BirthType::vaginal;
  input.settings.cleared_for_exercise = true;
  const auto out = suggest(input);
  EXPECT_TRUE(has(out, "waist-roll"));
  EXPECT_FALSE(has(out, "sit-up"));
  EXPECT_EQ(held(out), (Held{{"sit-up", rules::HoldReason::too_soon}}));
}

TEST(Suggest, EveryCautionOfARoutineComesWithIt) {
  const auto out = suggest(base());
  ASSERT_TRUE(has(out, "hot-compress"));
  EXPECT_EQ(item(out, "hot-compress").cautions,
            (std::vector<std::string>{"Never use boiling water.", "Check your skin every time you move the towel."}));
  EXPECT_TRUE(item(out, "waist-roll").cautions.empty());
}

/// The red flags as rules::due_now gives them for `pain` on kSuggestToday.
rules::DueNow due_with(std::vector<domain::DailyPain> pain) {
  return rules::due_now({kSuggestToday, domain::WeekStart::monday, std::move(pain), {}});
}

TEST(Suggest, Rule3WhileTheRedFlagsAreDueOnlyGentleRoutines) {
  auto input = base();
  input.due = due_with({{kSuggestToday - date::days{1}, 6.5, 8, 2}});  // 8 then 5 yesterday: the mean is under 7
  ASSERT_TRUE(input.due.due);
  const auto out = suggest(input);
  EXPECT_EQ(slugs(out), (std::vector<std::string>{"palm-press", "back-rub", "knot-rub", "hot-compress"}));
  EXPECT_EQ(out.due, input.due);
  EXPECT_TRUE(out.gentle_only());
  EXPECT_EQ(why(out, "knot-rub"), "never done yet; gentle: no exercise");
  input.due = due_with({{kSuggestToday - date::days{2}, 8.0, 8, 1}});  // two diary days back: not now
  const auto later = suggest(input);
  EXPECT_TRUE(has(later, "waist-roll"));
  EXPECT_FALSE(later.gentle_only());
  EXPECT_EQ(later.due, rules::DueNow{});
}

TEST(Suggest, ARiseDueNowLimitsRoutinesToGentleOnesAsASevereEntryDoes) {
  auto input = base();
  std::vector<domain::DailyPain> pain;
  for (int day = 0; day < 4; ++day) {
    pain.push_back({kSuggestToday - date::days{7 + day}, 3.0, 3, 1});  // last week: 3
    pain.push_back({kSuggestToday - date::days{day}, 5.5, 6, 1});      // this week, four days: 5.5
  }
  input.due = due_with(pain);
  ASSERT_TRUE(input.due.pointer);
  EXPECT_EQ(input.due.pointer->cause, rules::PointerCause::rise_on_previous_week);
  EXPECT_FALSE(has(suggest(input), "waist-roll"));
}

TEST(Suggest, Rule4NeedsAHelper) {
  auto input = base();
  const auto alone = suggest(input);
  EXPECT_FALSE(has(alone, "leg-push"));
  EXPECT_EQ(alone.need_helper, std::vector<std::string>{"leg-push"});
  input.helper = true;
  const auto helped = suggest(input);
  ASSERT_TRUE(has(helped, "leg-push"));
  EXPECT_EQ(why(helped, "leg-push"), "never done yet; it needs a second person, and you have help today");
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
  EXPECT_EQ(why(out, "back-rub"), "never done yet; morning is a time the article gives for it");
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
  input.last_done = {{"palm-press", kSuggestToday - date::days{1}}, {"back-rub", kSuggestToday - date::days{3}},
                     {"hot-compress", kSuggestToday - date::days{3}}};
  const auto out = suggest(input);
  // Never done: knot-rub (leg-push needs a helper); then 3 days: back-rub before hot-compress; then palm-press.
  EXPECT_EQ(slugs(out), (std::vector<std::string>{"knot-rub", "back-rub", "hot-compress", "palm-press"}));
  EXPECT_EQ(why(out, "back-rub"), "not done for 3 days");
  EXPECT_EQ(why(out, "palm-press"), "last done yesterday");
}

TEST(Suggest, ShowsFourUnlessAll) {
  auto input = base();
  input.helper = true;
  input.all = false;
  EXPECT_EQ(suggest(input).items.size(), 4u);
  input.all = true;
  EXPECT_EQ(suggest(input).items.size(), 8u);
}

TEST(Suggest, UserRoutinesAreRankedTheSameButNeverGated) {
  auto input = base();
  input.settings = {};
  auto own = routine("pelvic-tilt", "exercise", 9);
  own.from_article = false;
  input.routines.push_back(own);
  auto out = suggest(input);
  ASSERT_TRUE(has(out, "pelvic-tilt"));  // exercises are held, but not your own
  EXPECT_EQ(why(out, "pelvic-tilt"), "never done yet; your own routine");
  auto rub = routine("side-rub", "massage", 10);
  rub.from_article = false;
  input.routines.push_back(rub);
  input.due = due_with({{kSuggestToday, 8.0, 8, 1}});
  out = suggest(input);
  EXPECT_FALSE(has(out, "pelvic-tilt"));  // her own exercise waits while the red flags are due
  EXPECT_TRUE(has(out, "side-rub"));      // her own massage does not
}

TEST(Suggest, TipIsPickedByTheDay) {
  auto input = base();
  input.tips = {{"a", "first"}, {"b", "second"}, {"c", "third"}};
  // 2026-11-26 is day 20783 since 1970-01-01; 20783 % 3 = 2.
  EXPECT_EQ(kSuggestToday.time_since_epoch().count(), 20783);
  EXPECT_EQ(suggest(input).tip, "third");
  input.day += date::days{1};
  EXPECT_EQ(suggest(input).tip, "first");
  input.tips.clear();
  EXPECT_EQ(suggest(input).tip, "");
}

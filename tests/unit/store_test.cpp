#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "domain/errors.hpp"
#include "store/store.hpp"
#include "support/fixtures.hpp"

using namespace backcare;
using namespace backcare::domain;
using namespace backcare::fixtures;

namespace {

const Day kStoreDay = Day{date::year{2026} / 11 / 26};
}  // namespace

TEST(Store, DailyPainAveragesEntriesOfEachDay) {
  auto store = store::Store::open_memory(content_with({"palm-press", "knee-hug"}));
  store.add_pain(pain_entry(kStoreDay, 4));
  store.add_pain(pain_entry(kStoreDay, 7));
  store.add_pain(pain_entry(kStoreDay - date::days{1}, 2));
  const auto days = store.daily_pain({kStoreDay - date::days{7}, kStoreDay + date::days{1}});
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[0].entries, 1);
  EXPECT_DOUBLE_EQ(days[1].mean, 5.5);
  EXPECT_EQ(days[1].max, 7);
  EXPECT_EQ(days[1].entries, 2);
}

TEST(Store, UndoReversesWholeCommandsNewestFirst) {
  auto store = store::Store::open_memory(content_with({"palm-press", "knee-hug"}));
  store.add_pain(pain_entry(kStoreDay, 4));
  store.add_completions({completion(kStoreDay, "palm-press"), completion(kStoreDay, "knee-hug")});
  const auto first = store.undo_last();
  ASSERT_TRUE(first);
  EXPECT_EQ(first->command, "done");
  EXPECT_EQ(first->done.size(), 2u);
  EXPECT_TRUE(store.completions_between({kStoreDay, kStoreDay + date::days{1}}).empty());
  const auto second = store.undo_last();
  ASSERT_TRUE(second);
  EXPECT_EQ(second->pain.at(0).level, 4);
  EXPECT_FALSE(store.undo_last());
}

TEST(Store, UndoRestoresTheSettingBefore) {
  auto store = store::Store::open_memory(content_with({"palm-press", "knee-hug"}));
  store.set_setting("birth-type", "vaginal", "t");
  store.set_setting("birth-type", "caesarean", "t");
  store.undo_last();
  EXPECT_EQ(store.setting_values().at("birth-type"), "vaginal");
  store.undo_last();
  EXPECT_EQ(store.setting_values().count("birth-type"), 0u);
}

TEST(Store, UnknownRoutineWritesNothing) {
  auto store = store::Store::open_memory(content_with({"palm-press", "knee-hug"}));
  EXPECT_THROW(store.add_completions({completion(kStoreDay, "palm-press"), completion(kStoreDay, "no-such")}), UserError);
  EXPECT_TRUE(store.completions_between({kStoreDay, kStoreDay + date::days{1}}).empty());
  EXPECT_FALSE(store.undo_last());
}

TEST(Store, CatalogueFollowsEditedContentAndKeepsHistory) {
  const auto path = std::filesystem::temp_directory_path() / ("backcare-sync-" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(path);
  auto content = content_with({"palm-press", "knee-hug"});
  store::Store::open_file(path, content).add_completions({completion(kStoreDay, "knee-hug")});
  // The next version of the content changes palm-press's dose and no longer has knee-hug.
  content.routines[0].dose = "12 breaths";
  content.routines.pop_back();
  content.hash = "v2";
  auto reopened = store::Store::open_file(path, content);
  ASSERT_EQ(reopened.routines(false).size(), 1u);
  EXPECT_EQ(reopened.routines(false)[0].dose, "12 breaths");
  EXPECT_TRUE(reopened.routines(true)[1].retired);
  EXPECT_EQ(reopened.completions_between({kStoreDay, kStoreDay + date::days{1}}).at(0).slug, "knee-hug");
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
}

TEST(Store, RetiredRoutineIsHiddenButKeepsItsHistory) {
  auto store = store::Store::open_memory(content_with({"palm-press", "knee-hug"}));
  store.add_completions({completion(kStoreDay, "knee-hug")});
  store.retire_routine("knee-hug", "t");
  EXPECT_EQ(store.routines(false).size(), 1u);
  EXPECT_EQ(store.routines(true).size(), 2u);
  EXPECT_EQ(store.completions_between({kStoreDay, kStoreDay + date::days{1}}).at(0).slug, "knee-hug");
  store.undo_last();
  EXPECT_EQ(store.routines(false).size(), 2u);
}

TEST(Store, LastDonePerRoutine) {
  auto store = store::Store::open_memory(content_with({"palm-press", "knee-hug"}));
  store.add_completions({completion(kStoreDay - date::days{3}, "knee-hug")});
  store.add_completions({completion(kStoreDay, "knee-hug")});
  const auto last = store.last_done(kStoreDay - date::days{1});
  EXPECT_EQ(last.at("knee-hug"), kStoreDay - date::days{3});
  EXPECT_EQ(last.count("palm-press"), 0u);
}

TEST(Store, AddedDayTagsSayWhichTheDayCarriedAlready) {
  auto store = store::Store::open_memory(content_with({"palm-press"}));
  const auto tag = [](const std::string& slug) { return DayTag{0, kStoreDay, "", "2026-11-26T20:00:00Z", slug}; };
  store.add_day_tags({tag("lifting")});
  const auto written = store.add_day_tags({tag("poor-sleep"), tag("lifting"), tag("painkiller")});
  EXPECT_EQ(written.added, (std::vector<std::string>{"poor-sleep", "painkiller"}));
  EXPECT_EQ(written.already, std::vector<std::string>{"lifting"});
  ASSERT_EQ(written.made.size(), 2u);
  EXPECT_EQ(store.day_tag_entry(written.made[1].row)->slug, "painkiller");
}

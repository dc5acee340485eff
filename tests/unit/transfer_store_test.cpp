#include <gtest/gtest.h>

#include "domain/errors.hpp"
#include "store/store.hpp"
#include "support/fixtures.hpp"

using namespace backcare;
using backcare::fixtures::content_with;
using backcare::fixtures::done_row;
using backcare::fixtures::pain_row;
using namespace std::chrono_literals;

namespace {

/// Pain logged at 23:30 UTC, so that an hour east of UTC its local time is past midnight.
domain::EntryRow late_pain(const std::string& level) {
  auto row = pain_row(level);
  row.logged_at = "2026-11-26T23:30:00Z";
  row.time.reset();  // format 1: the clock time comes from logged_at
  return row;
}

domain::DiaryExport file_with(std::vector<domain::EntryRow> entries) {
  domain::DiaryExport data;
  data.entries = std::move(entries);
  return data;
}

}  // namespace

TEST(ImportDiary, AddsTheFileOnceAndItsDuplicatesToo) {
  auto store = store::Store::open_memory(content_with({"knee-hug"}));
  const auto file = file_with({pain_row("4"), pain_row("4"), done_row("knee-hug")});
  const auto first = store.import(file, domain::fixed_zone(1h), "2026-11-20T10:00:00Z");
  EXPECT_EQ(first.pain_added, 2);
  EXPECT_EQ(first.done_added, 1);
  const auto second = store.import(file, domain::fixed_zone(1h), "2026-11-20T10:00:00Z");
  EXPECT_EQ(second.pain_added + second.done_added, 0);
  EXPECT_EQ(second.already_held, 3);
  EXPECT_EQ(store.read_all().entries.size(), 3u);
}

TEST(ImportDiary, AddsOnlyWhatTheDiaryLacksCountingCopies) {
  auto store = store::Store::open_memory(content_with({"knee-hug"}));
  const auto zone = domain::fixed_zone(1h);
  auto with_reps = done_row("knee-hug");
  with_reps.reps = "10";
  store.import(file_with({pain_row("3"), done_row("knee-hug")}), zone, "2026-11-20T10:00:00Z");
  // Held once, in the file twice: one copy is added. Rows differing in any field are other rows.
  const auto file = file_with({pain_row("3"), pain_row("3"), pain_row("5"), pain_row("3", "note"),
                               done_row("knee-hug"), with_reps, done_row("knee-hug")});
  const auto counts = store.import(file, zone, "2026-11-20T10:01:00Z");
  EXPECT_EQ(counts.already_held, 2);
  EXPECT_EQ(counts.pain_added, 3);
  EXPECT_EQ(counts.done_added, 2);
  // The diary holding more copies than the file is no reason to add or remove any.
  const auto again = store.import(file_with({pain_row("3"), with_reps}), zone, "2026-11-20T10:02:00Z");
  EXPECT_EQ(again.pain_added + again.done_added, 0);
  EXPECT_EQ(again.already_held, 2);
  EXPECT_EQ(store.read_all().entries.size(), 7u);
}

TEST(ImportDiary, AddsSignsAndRegionsOnceAndUndoTakesThemBack) {
  // The regions and signs the rows are checked against are the content's.
  auto content = content_with({"knee-hug"});
  const auto real = content::load_content();
  content.regions = real.regions;
  content.signs = real.signs;
  auto store = store::Store::open_memory(content);
  auto pain = pain_row("4");
  pain.where = "low-back buttock:left";
  const auto file = file_with({pain, backcare::fixtures::sign_export_row("leg-swelling:left"),
                               backcare::fixtures::sign_export_row("bladder-bowel"),
                               backcare::fixtures::sign_export_row("bladder-bowel"), done_row("knee-hug")});
  const auto first = store.import(file, domain::fixed_zone(1h), "2026-11-20T10:00:00Z");
  EXPECT_EQ(first.pain_added, 1);
  EXPECT_EQ(first.signs_added, 3);
  EXPECT_EQ(first.done_added, 1);
  const auto all = store.read_all().entries;
  ASSERT_EQ(all.size(), 5u);  // one moment: in export order by kind, done, pain, then the signs
  EXPECT_EQ(all[1].where, "low-back buttock:left");
  EXPECT_EQ(all[2].sign, "bladder-bowel");
  EXPECT_EQ(all[4].sign, "leg-swelling:left");
  const auto second = store.import(file, domain::fixed_zone(1h), "2026-11-20T10:00:00Z");
  EXPECT_EQ(second.pain_added + second.done_added + second.signs_added, 0);
  EXPECT_EQ(second.already_held, 5);
  const auto undone = store.undo_last();
  ASSERT_TRUE(undone);
  EXPECT_EQ(undone->signs.size(), 3u);
  EXPECT_TRUE(store.read_all().entries.empty());
}

TEST(ImportDiary, DerivesLocalTime) {
  auto store = store::Store::open_memory(content_with({"knee-hug"}));
  store.import(file_with({late_pain("4")}), domain::fixed_zone(1h), "2026-11-20T10:00:00Z");
  const auto entries = store.pain_between({domain::Day{date::year{2026} / 11 / 1}, domain::Day{date::year{2026} / 12 / 1}});
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].time, "00:30");
}

TEST(ImportDiary, ThatAddsNothingLeavesNothingToUndo) {
  auto store = store::Store::open_memory(content_with({"knee-hug"}));
  const auto file = file_with({pain_row("4")});
  store.import(file, domain::fixed_zone(1h), "2026-11-20T10:00:00Z");
  ASSERT_TRUE(store.undo_last());  // the first import added the entry
  store.import(file, domain::fixed_zone(1h), "2026-11-20T10:00:00Z");
  store.import(file, domain::fixed_zone(1h), "2026-11-20T10:01:00Z");  // holds nothing new
  ASSERT_TRUE(store.undo_last());
  EXPECT_FALSE(store.undo_last());
}

TEST(ImportDiary, AddsRoutinesAndSettingsButNeverChangesOnesHeld) {
  auto store = store::Store::open_memory(content_with({"knee-hug"}));
  store.set_setting("birth-type", std::string("vaginal"), "2026-11-26T09:00:00Z");
  domain::DiaryExport file;
  auto tilt = fixtures::routine("pelvic-tilt");
  tilt.retired = true;
  file.routines = {tilt};
  file.settings = {{"birth-type", "caesarean"}, {"week-start", "sunday"}};
  file.entries = {done_row("pelvic-tilt")};
  file.entries[0].minutes = "5";
  const auto counts = store.import(file, domain::fixed_zone(0s), "2026-11-20T10:00:00Z");
  EXPECT_EQ(counts.routines_added, 1);
  EXPECT_EQ(counts.settings_added, 1);
  EXPECT_EQ(counts.settings_kept, std::vector<std::string>{"birth-type"});
  EXPECT_EQ(store.setting_values().at("birth-type"), "vaginal");
  const auto data = store.read_all();
  ASSERT_EQ(data.routines.size(), 1u);
  EXPECT_TRUE(data.routines[0].retired);
  ASSERT_EQ(data.entries.size(), 1u);
  // The file gave no identity, so the entry has a new one: a UUID, the import's stamp, this device.
  EXPECT_TRUE(domain::is_uuid(data.entries[0].identity.uuid)) << data.entries[0].identity.uuid;
  auto held = data.entries;
  held[0].identity = {};
  EXPECT_EQ(held, file.entries);
  // Undo takes back all it added, and only that: the routine, the setting and the entry; birth-type stays.
  const auto undone = store.undo_last();
  ASSERT_TRUE(undone);
  EXPECT_EQ(undone->routines_removed, std::vector<std::string>{"pelvic-tilt"});
  EXPECT_EQ(undone->settings_removed, std::vector<std::string>{"week-start"});
  EXPECT_EQ(undone->done.size(), 1u);
  EXPECT_EQ(store.setting_values(), (std::map<std::string, std::string>{{"birth-type", "vaginal"}}));
  EXPECT_TRUE(store.read_all().entries.empty());
  EXPECT_TRUE(store.read_all().routines.empty());
}

TEST(ImportDiary, IsOneTransaction) {
  auto store = store::Store::open_memory(content_with({"knee-hug"}));
  // The second row names a routine the diary lacks: it fails, and the first must not stay behind.
  const auto file = file_with({pain_row("4"), done_row("nowhere")});
  EXPECT_ANY_THROW(store.import(file, domain::fixed_zone(0s), "2026-11-20T10:00:00Z"));
  EXPECT_TRUE(store.read_all().entries.empty());
}

TEST(ImportDiary, RefusesMoreRoutinesOrSettingsThanAnyDiaryHolds) {
  auto store = store::Store::open_memory(content_with({"knee-hug"}));
  const auto refusal = [&store](const domain::DiaryExport& file) -> std::string {
    try {
      store.import(file, domain::fixed_zone(0s), "2026-11-20T10:00:00Z");
    } catch (const backcare::UserError& error) {
      return error.what();
    }
    return "imported";
  };
  domain::DiaryExport routines, settings;
  for (int i = 0; i < 1002; ++i) routines.routines.push_back(fixtures::routine("r" + std::to_string(i)));
  for (int i = 0; i < 1002; ++i) settings.settings["week-start-" + std::to_string(i)] = "monday";
  EXPECT_EQ(refusal(routines), "nothing imported: 1 problem in 'the data'\n"
                               "routine 1001: slug: more than 1000 routines in the file: accepted up to 1000");
  EXPECT_TRUE(refusal(settings).starts_with("nothing imported: 1001 problems in 'the data'\n"
                                            "settings: keys: more than 1000: accepted up to 1000\n"));
  EXPECT_TRUE(store.read_all().routines.empty());
}

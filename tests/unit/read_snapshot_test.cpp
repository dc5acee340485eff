#include <gtest/gtest.h>

#include <filesystem>

#include "store/store.hpp"
#include "support/fixtures.hpp"
#include "support/temp_dir.hpp"

using namespace backcare;
using namespace backcare::fixtures;

namespace {

const domain::Day kDay = domain::Day{date::year{2026} / 11 / 26};
const domain::DateRange kThatDay{kDay, kDay + date::days{1}};

/// A diary file of its own, with one pain entry, and a connection that goes on writing to it.
class ReadSnapshot : public fixtures::TempDirTest {
 protected:
  void SetUp() override {
    TempDirTest::SetUp();
    writer_.emplace(store::Store::open_file(dir_ / "backcare.db", content_));
    writer_->add_pain(pain_entry(kDay, 4));
  }
  void TearDown() override {
    writer_.reset();
    TempDirTest::TearDown();
  }

  store::Store open_for_read() {
    return store::Store::open_file(dir_ / "backcare.db", content_, store::Store::Access::read);
  }

  content::Content content_ = content_with({"knee-hug"});
  std::optional<store::Store> writer_;
};

}  // namespace

TEST_F(ReadSnapshot, AReadSeesTheDiaryAsItWasWhenItOpened) {
  auto reader = open_for_read();
  writer_->add_pain(pain_entry(kDay, 5));
  writer_->add_completions({completion(kDay, "knee-hug")});
  // Read apart, the two tables would straddle the writes: here neither shows them.
  EXPECT_EQ(reader.pain_between(kThatDay).size(), 1u);
  EXPECT_TRUE(reader.completions_between(kThatDay).empty());
  EXPECT_EQ(reader.read_all().entries.size(), 1u);
}

TEST_F(ReadSnapshot, TheNextReadSeesWhatWasWrittenMeanwhile) {
  { auto before = open_for_read(); }
  writer_->add_completions({completion(kDay, "knee-hug")});
  auto after = open_for_read();
  EXPECT_EQ(after.completions_between(kThatDay).size(), 1u);
}

TEST_F(ReadSnapshot, AMovedReadKeepsItsSnapshot) {
  auto reader = open_for_read();
  auto moved = std::move(reader);
  writer_->add_pain(pain_entry(kDay, 5));
  EXPECT_EQ(moved.pain_between(kThatDay).size(), 1u);
  moved = open_for_read();  // the old read ends with its connection; the new one sees the write
  EXPECT_EQ(moved.pain_between(kThatDay).size(), 2u);
}

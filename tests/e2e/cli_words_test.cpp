#include "e2e/harness.hpp"

// The words people type for what backcare already understands: help as a command, a score out of 10,
// the other spellings of a caesarean.

namespace backcare::e2e {
namespace {

class CliWords : public DiaryTest {};

TEST_F(CliWords, HelpAsACommandPrintsTheSameHelp) {
  EXPECT_EQ(ok({"help"}), ok({"--help"}));
  EXPECT_EQ(ok({"help", "pain"}), ok({"pain", "--help"}));
  EXPECT_EQ(ok({"help", "routine", "add"}), ok({"routine", "add", "--help"}));
  EXPECT_TRUE(ok({"help", "pain"}).starts_with("Log pain on the 0-10 scale"));
}

TEST_F(CliWords, AScoreOutOfTenMeansItsNumber) {
  EXPECT_EQ(ok({"pain", "6/10"}), "logged pain 6/10 for Thu 26 Nov 2026\n");
  EXPECT_EQ(ok({"pain", "0/10"}), "logged pain 0/10 for Thu 26 Nov 2026\n");
}

TEST_F(CliWords, EverySpellingOfACaesareanIsOneBirthType) {
  for (const char* word : {"c-section", "Cesarean", "caesarean"}) {
    EXPECT_EQ(ok({"config", "birth-type", word}), "set birth-type to caesarean\n") << word;
  }
}

}  // namespace
}  // namespace backcare::e2e

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

// "Should she read the red flags now?" has one answer: rules::due_now, asked through
// commands::redflags_now and by nothing else. A command that decided its own window (its day, its week,
// the latest logged day) would call the rulebook's pointer itself; this fails when one does.

namespace {

const std::filesystem::path kSource = BACKCARE_SOURCE_DIR;

std::string read(const std::filesystem::path& file) {
  std::ifstream in(file);
  return {std::istreambuf_iterator<char>(in), {}};
}

/// The files of src/, relative to it, that hold `text`.
std::set<std::string> files_holding(const std::string& text) {
  std::set<std::string> found;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kSource)) {
    if (entry.is_regular_file() && read(entry.path()).find(text) != std::string::npos) {
      found.insert(std::filesystem::relative(entry.path(), kSource).string());
    }
  }
  return found;
}

}  // namespace

TEST(OneRule, OnlyTheRulesAskThePointerAndOnlyOneFeederAsksDueNow) {
  const std::set<std::string> rules{"rules/due_now.cpp", "rules/redflag_pointer.cpp", "rules/redflag_pointer.hpp"};
  EXPECT_EQ(files_holding("redflag_pointer("), rules);
  EXPECT_EQ(files_holding("PointerEvidence"),
            (std::set<std::string>{"rules/due_now.cpp", "rules/redflag_pointer.hpp", "rules/redflag_pointer.cpp"}));
  EXPECT_EQ(files_holding("rules::due_now("), std::set<std::string>{"commands/support/redflags_now.cpp"});
}

TEST(OneRule, EveryCommandThatSpeaksAboutNowAsksTheFeeder) {
  // pain, sign, done and checkin confirm through commands::logged, which asks after the write.
  const std::vector<std::string> direct{"today", "suggest", "plan", "week", "trend", "report", "edit"};
  for (const auto& command : direct) {
    EXPECT_NE(read(kSource / "commands" / (command + ".cpp")).find("redflags_now(env)"), std::string::npos) << command;
  }
  for (const std::string command : {"pain", "sign", "done", "checkin"}) {
    EXPECT_NE(read(kSource / "commands" / (command + ".cpp")).find(" logged("), std::string::npos) << command;
  }
  EXPECT_NE(read(kSource / "commands/support/entries.cpp").find("confirmation.due = redflags_now(env);"),
            std::string::npos);
}

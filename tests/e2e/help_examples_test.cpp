#include "commands/registry.hpp"
#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

using HelpTest = DiaryTest;

// Every command in the table, and the bare program, answers --help with at least one example.
TEST_F(HelpTest, EveryCommandHelpShowsExamples) {
  for (const auto& spec : commands::command_table()) {
    const auto help = ok({spec.name, "--help"});
    EXPECT_NE(help.find("\nExamples:\n  backcare "), std::string::npos) << spec.name << ":\n" << help;
  }
}

// `backcare` alone shows today's status and the commands a new user needs first.
TEST_F(HelpTest, NoCommandShowsTodayAndFirstCommands) {
  const auto status = ok({});
  EXPECT_NE(status.find("Today: Thu 26 Nov 2026\n"), std::string::npos) << status;
  EXPECT_NE(status.find("backcare pain 0-10"), std::string::npos) << status;
  EXPECT_NE(status.find("backcare done SLUG"), std::string::npos) << status;
}

}  // namespace
}  // namespace backcare::e2e

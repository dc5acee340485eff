#include "commands/registry.hpp"
#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

using HelpTest = DiaryTest;

// Every command in the table, a group's subcommands too, answers --help with at least one example.
TEST_F(HelpTest, EveryCommandHelpShowsExamples) {
  std::vector<std::vector<std::string>> names;
  for (const auto& command : commands::command_table()) {
    names.push_back({command.name});
    for (const auto& sub : command.subcommands) names.push_back({command.name, sub.name});
  }
  for (auto args : names) {
    args.push_back("--help");
    const auto help = ok(args);
    EXPECT_NE(help.find("\nExamples:\n  backcare "), std::string::npos) << args.front() << ":\n" << help;
  }
  EXPECT_GT(names.size(), commands::command_table().size());  // the routine group's subcommands were asked
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

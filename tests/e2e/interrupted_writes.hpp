// What the tests of interrupted and killed writers share: a large diary, made once and copied into each
// test's folder, and a run stopped by a signal while it writes a file.
#pragma once
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "e2e/harness.hpp"

namespace backcare::e2e {

/// A DiaryTest whose outputs go to their own folder, out/, and whose diary can be a large one.
class LargeDiaryTest : public DiaryTest {
 protected:
  void SetUp() override;
  static void TearDownTestSuite();
  /// Puts the large diary (its export ~6 MB) in place, so that writing a copy of it takes a while.
  void use_large_diary();

  /// `args` on this test's diary, with the environment its runs get.
  std::vector<std::string> on_diary(std::vector<std::string> args) const;
  std::map<std::string, std::string> env() const;

  /// The names in `folder`, sorted.
  static std::set<std::string> names_in(const std::filesystem::path& folder);

  /// How a run stopped by a signal went: its result, and whether the signal came while its temporary
  /// file was there (it had appeared, and the run had not finished).
  struct Stopped {
    RunResult result;
    bool during_write = false;
  };
  /// Starts `args`; `delay_ms` after a temporary file appears in out/, sends it `signal`; a run that
  /// makes none is left to finish.
  Stopped stop_while_writing(const std::vector<std::string>& args, int signal, int delay_ms);

  std::filesystem::path out_;
};

}  // namespace backcare::e2e

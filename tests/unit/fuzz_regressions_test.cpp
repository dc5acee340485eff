#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "entry_points.hpp"
#include "transfer/export_files.hpp"

namespace {

namespace fs = std::filesystem;

/// One fuzz target: its name (the folder of its inputs) and its entry point.
struct FuzzTarget {
  const char* name;
  void (*feed)(std::string_view);
};

std::string file_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// The inputs to replay: every crash input kept in tests/fuzz-regressions/TARGET/, then the seeds.
std::vector<fs::path> inputs_of(const std::string& target) {
  std::vector<fs::path> inputs;
  for (const fs::path& dir : {fs::path(BACKCARE_FUZZ_REGRESSIONS_DIR) / target, fs::path(BACKCARE_FUZZ_CORPUS_DIR) / target}) {
    if (!fs::is_directory(dir)) continue;
    for (const auto& item : fs::directory_iterator(dir)) {
      if (item.is_regular_file()) inputs.push_back(item.path());
    }
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

class FuzzRegressions : public testing::TestWithParam<FuzzTarget> {};

TEST_P(FuzzRegressions, ReplaysEveryKeptCrashAndSeed) {
  const auto inputs = inputs_of(GetParam().name);
  ASSERT_FALSE(inputs.empty()) << "no inputs for fuzz target " << GetParam().name;
  for (const auto& input : inputs) {
    SCOPED_TRACE(input.string());
    EXPECT_NO_THROW(GetParam().feed(file_text(input)));
  }
}

INSTANTIATE_TEST_SUITE_P(EveryTarget, FuzzRegressions,
                         testing::Values(FuzzTarget{"day_argument", backcare::fuzz::day_argument},
                                         FuzzTarget{"level", backcare::fuzz::level},
                                         FuzzTarget{"csv_import", backcare::fuzz::csv_import},
                                         FuzzTarget{"json_import", backcare::fuzz::json_import}),
                         [](const auto& param_info) { return std::string(param_info.param.name); });

// What the fuzzers found, pinned down by its exact outcome as well as replayed above.

TEST(FuzzFindings, JsonNumberTooLargeForADoubleIsAProblemInTheFile) {
  // nlohmann throws out_of_range, not parse_error, for 1e400: import failed with exit 1 and its prefix.
  const auto read = backcare::transfer::read_json_export(R"({"format_version": 1, "entries": [{"level": 1e400}]})");
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems[0].where, "");
  EXPECT_EQ(read.problems[0].field, "json");
  EXPECT_EQ(read.problems[0].why, "number overflow parsing '1e400'");
  EXPECT_TRUE(read.data.entries.empty());
}

}  // namespace

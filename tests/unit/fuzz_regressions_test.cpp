#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "entry_points.hpp"
#include "support/export_reading.hpp"

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
                                         FuzzTarget{"csv_import", [](std::string_view in) { (void)backcare::fuzz::csv_import(in); }},
                                         FuzzTarget{"json_import", [](std::string_view in) { (void)backcare::fuzz::json_import(in); }},
                                         FuzzTarget{"merge", [](std::string_view in) { (void)backcare::fuzz::merge(in); }},
                                         FuzzTarget{"serve_request", backcare::fuzz::serve_request}),
                         [](const auto& param_info) { return std::string(param_info.param.name); });

// What the fuzzers found, pinned down by its exact outcome as well as replayed above.

TEST(FuzzFindings, JsonNumberTooLargeForADoubleIsAProblemInTheFile) {
  // nlohmann throws out_of_range, not parse_error, for 1e400: import failed with exit 1 and its prefix.
  const auto read = backcare::fixtures::read_json_export(R"({"format_version": 1, "entries": [{"level": 1e400}]})");
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems[0].where, "");
  EXPECT_EQ(read.problems[0].field, "json");
  EXPECT_EQ(read.problems[0].why, "number overflow parsing '1e400'");
  EXPECT_TRUE(read.data.entries.empty());
}

}  // namespace

// The import targets run the path `import` runs: a JSON file whose done row names a routine the diary
// lacks and the file lists only after its entries reaches ImportSink's deferred check of slugs, and is
// imported whole.
TEST(FuzzImportTargets, RunTheStoresImportSinkUpToTheDeferredSlugs) {
  const auto counts = backcare::fuzz::json_import(file_text(fs::path(BACKCARE_FUZZ_CORPUS_DIR) / "json_import" / "deferred_slug.json"));
  EXPECT_EQ(counts.done_added, 1);
  EXPECT_EQ(counts.routines_added, 1);
  // A CSV cannot carry routines: the same done row makes its routine from the slug. The diary is left
  // empty for the next input all the same.
  const auto csv = backcare::fuzz::csv_import("kind,date,time,logged_at,routine,level,reps,minutes,note\r\n"
                                              "done,2026-11-25,08:00,2026-11-25T08:00:00Z,my-stretch,,,,\r\n");
  EXPECT_EQ(csv.done_added, 1);
  EXPECT_EQ(csv.routines_from_slugs, std::vector<std::string>{"my-stretch"});
}

// The merge target's seed reaches every kind of change a merge makes: an entry, a routine and a setting
// replaced by later versions, an entry the diary holds only as a tombstone brought back, a new entry and
// setting added, a routine done deleted by a later tombstone; the older tombstone and the ones of rows the
// diary never held change nothing. Merging it again and undoing it are checked inside the target.
TEST(FuzzMergeTarget, TheSeedReachesEveryKindOfChange) {
  const auto counts =
      backcare::fuzz::merge(file_text(fs::path(BACKCARE_FUZZ_CORPUS_DIR) / "merge" / "update-delete-lift.json"));
  EXPECT_EQ(counts, (backcare::domain::MergeCounts{.added = 3, .updated = 3, .deleted = 1, .unchanged = 3}));
  // An older version changes nothing; a file without identities is refused, and changes nothing either.
  EXPECT_EQ(backcare::fuzz::merge(file_text(fs::path(BACKCARE_FUZZ_CORPUS_DIR) / "merge" / "older.json")),
            (backcare::domain::MergeCounts{.added = 0, .updated = 0, .deleted = 0, .unchanged = 2}));
  EXPECT_EQ(backcare::fuzz::merge(file_text(fs::path(BACKCARE_FUZZ_CORPUS_DIR) / "merge" / "no-identity.json")),
            backcare::domain::MergeCounts{});
}

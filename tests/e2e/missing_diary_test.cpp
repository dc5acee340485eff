// Reads of a diary that is not there yet: the empty diary a new user expects, and nothing made (no file,
// no folder, no -wal or -shm). A place named with --db or BACKCARE_DB in a folder that does not exist is
// a typo, refused. The first write still makes folders and diary.
#include <sys/stat.h>

#include "e2e/harness.hpp"

namespace backcare::e2e {
namespace {

/// Every command that only reads what the diary holds (check and backup, which act on the file, apart).
const std::vector<std::vector<std::string>> kReads{
    {},          {"today"},           {"today", "--json"},   {"week"},    {"week", "--json"},
    {"suggest"}, {"suggest", "--json"}, {"trend"},           {"trend", "--json"}, {"history"},
    {"history", "--json"}, {"show", "back-rub"}, {"routines"}, {"routines", "--json"}, {"routines", "--slugs"}, {"config"},
    {"config", "--json"},  {"config", "week-start"}, {"export"}, {"export", "--format", "json"},
    {"plan"},    {"plan", "--json"}};

std::vector<std::string> names_in(const std::filesystem::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) names.push_back(entry.path().filename());
  return names;
}

class MissingDiary : public DiaryTest {
 protected:
  void SetUp() override {
    DiaryTest::SetUp();
    folder_ = dir_ / "diary";
    std::filesystem::create_directory(folder_);
    db_ = folder_ / "backcare.db";
  }
  /// Each read's whole output, after a "$ backcare ARGS" line.
  std::string read_everything() {
    std::string out;
    for (const auto& args : kReads) {
      out += "$ backcare";
      for (const auto& arg : args) out += " " + arg;
      out += "\n" + ok(args);
    }
    return out;
  }
  /// Runs `args` with the diary named by BACKCARE_DB (no --db).
  RunResult run_with_variable(const std::filesystem::path& db, std::vector<std::string> args) {
    return run_binary(args, {{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}, {"BACKCARE_DB", db.string()}});
  }

  std::filesystem::path folder_;
};

TEST_F(MissingDiary, EveryReadShowsAnEmptyDiaryAndCreatesNothing) {
  const auto missing = read_everything();
  EXPECT_EQ(names_in(folder_), std::vector<std::string>{});
  expect_golden("missing_diary_reads", missing);
  ok({"undo"});  // a write with nothing to undo: the empty diary is now on disk
  ASSERT_TRUE(std::filesystem::exists(db_));
  EXPECT_EQ(read_everything(), missing);
}

TEST_F(MissingDiary, ReportIsTheReportOfAnEmptyDiary) {
  const auto written = [&](const std::filesystem::path& file) {
    EXPECT_EQ(ok({"report", "--out", file.string()}),
              "wrote the report for 2026-09-07 to 2026-11-26 to '" + file.string() + "' (readable by you only)\n");
    return read_file(file);
  };
  const auto html = written(dir_ / "missing.html");
  EXPECT_EQ(names_in(folder_), std::vector<std::string>{});
  ok({"undo"});
  EXPECT_EQ(written(dir_ / "empty.html"), html);
}

TEST_F(MissingDiary, CheckAndBackupSayThereIsNoDiary) {
  const auto copy = dir_ / "copy.db";
  for (const auto& [args, what] : std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"check"}, "check"}, {{"check", "--json"}, "check"}, {{"backup", copy.string()}, "back up"}}) {
    const auto result = run(args);
    EXPECT_EQ(result.exit_code, 1) << args[0];
    EXPECT_EQ(result.err, "backcare: error: no diary at '" + db_.string() + "' yet: nothing to " + what + "\n");
    EXPECT_EQ(result.out, "");
  }
  EXPECT_EQ(names_in(folder_), std::vector<std::string>{});
  EXPECT_FALSE(std::filesystem::exists(copy));
}

TEST_F(MissingDiary, TheDefaultPlaceNotMadeYetIsAnEmptyDiary) {
  const auto expected = ok({"today"});
  for (const std::string variable : {"HOME", "XDG_DATA_HOME"}) {
    const auto place = dir_ / ("no-" + variable);
    const auto result = run_binary({"today"}, {{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}, {variable, place.string()}});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, expected);
    EXPECT_FALSE(std::filesystem::exists(place)) << variable;
  }
}

TEST_F(MissingDiary, ANamedPlaceInAFolderThatDoesNotExistIsRefused) {
  const auto typo = dir_ / "typo" / "sub";
  auto reads = kReads;
  reads.push_back({"check"});
  reads.push_back({"backup", (dir_ / "copy.db").string()});
  reads.push_back({"report", "--out", (dir_ / "r.html").string()});
  for (auto args : reads) {
    const auto variable = run_with_variable(typo / "x.db", args);
    args.insert(args.begin(), {"--db", (typo / "x.db").string()});
    const auto option = run_binary(args, {{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}});
    for (const auto& result : {variable, option}) {
      EXPECT_EQ(result.exit_code, 1) << args[2];
      EXPECT_EQ(result.err, "backcare: error: no folder '" + typo.string() + "' for the diary\n");
      EXPECT_EQ(result.out, "");
    }
  }
  EXPECT_EQ(names_in(dir_), std::vector<std::string>{"diary"});
}

TEST_F(MissingDiary, AWriteStillMakesTheFoldersAndTheDiary) {
  const auto typo = dir_ / "typo";
  ASSERT_EQ(run_binary({"--db", (typo / "sub" / "x.db").string(), "week"}, {{"BACKCARE_TODAY", today_}}).exit_code, 1);
  const auto result = run_binary({"--db", (typo / "sub" / "x.db").string(), "pain", "5"}, {{"BACKCARE_TODAY", today_}});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(mode_of(typo), 0700u);
  EXPECT_EQ(mode_of(typo / "sub"), 0700u);
  EXPECT_EQ(mode_of(typo / "sub" / "x.db"), 0600u);
  // A change of a setting writes too, though showing the settings only reads.
  EXPECT_EQ(run_with_variable(dir_ / "other" / "y.db", {"config", "week-start", "sunday"}).exit_code, 0);
  EXPECT_EQ(mode_of(dir_ / "other" / "y.db"), 0600u);
  EXPECT_NE(run_with_variable(dir_ / "other" / "y.db", {"config"}).out.find("sunday"), std::string::npos);
}

}  // namespace
}  // namespace backcare::e2e

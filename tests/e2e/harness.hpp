#pragma once
#include <gtest/gtest.h>

#include <sys/types.h>

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace backcare::e2e {

/// The last line of every `history` that lists entries.
inline const std::string kHistoryHint =
    "Correct an entry: backcare edit ID (see 'backcare edit --help')   Remove one: backcare delete ID\n";

/// What one run of the built binary did.
struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs the built `backcare` with `args` and the environment `env` (nothing else inherited but PATH and
/// the sanitizers' options), feeding `input` on stdin.
RunResult run_binary(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                     const std::string& input = "");

/// A started run of the binary, for tests that act on it while it runs (the fault tests).
struct StartedRun {
  pid_t pid = -1;
  std::filesystem::path dir;  ///< its stdin, stdout and stderr files; removed by finish_binary
};
/// Starts the binary as run_binary does, without waiting. `in_child` runs in the child just before
/// exec: to set a resource limit or drop privileges.
StartedRun start_binary(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                        const std::string& input = "", const std::function<void()>& in_child = {});
/// Waits for a started run; a run ended by signal N has exit code 128 + N.
RunResult finish_binary(const StartedRun& started);

/// The text of a file, or "" when it is missing.
std::string read_file(const std::filesystem::path& path);

/// A file's permission bits (0600, say), or 0 when it is missing.
unsigned mode_of(const std::filesystem::path& path);

/// A CSV export of `rows` pain entries, each one distinct, all in 2025: a large diary to import.
std::string generated_csv(int rows);

/// Compares `actual` with tests/e2e/expected/<name>.txt. With BACKCARE_UPDATE_GOLDEN=1 it rewrites the
/// file instead, for review in the diff.
void expect_golden(const std::string& name, const std::string& actual);

/// `text` with each random part of a JSON export's identities (a "uuid" and a "device" value) replaced by
/// its place in order of first appearance ("uuid-1", "device-1"), so a golden compares everything else
/// exactly and still shows which rows share one.
std::string mask_identities(const std::string& text);

/// The words the command that makes a new diary says first on stderr (expected/welcome.txt).
std::string welcome_text();

/// A fresh temporary directory and diary per test, with a fixed "today". Its runs check the welcome: the
/// run that makes the diary starts its stderr with it (then taken off what the test sees), unless it asked
/// for JSON; no other run says it.
class DiaryTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  /// Runs backcare on this test's diary: `--db <tmp>/backcare.db` is added, BACKCARE_TODAY set, `input`
  /// fed on stdin.
  RunResult run(std::vector<std::string> args, const std::string& input = "");
  /// Runs on another diary, `name`, in this test's directory (another device's, an import's target).
  RunResult run_on(const std::string& name, std::vector<std::string> args);
  /// Runs and asserts success with an empty stderr; returns stdout.
  std::string ok(std::vector<std::string> args);
  /// Everything in the diary, for "unchanged" checks.
  std::string snapshot();
  /// Runs a refused command: exit 2, exactly `message` on stderr, nothing on stdout, diary unchanged.
  void expect_refused(std::vector<std::string> args, const std::string& message);
  /// Pain on consecutive days from `first` (YYYY-MM-DD), one level a day; a negative level skips the day.
  void pain_days(const std::string& first, const std::vector<int>& levels);

  std::filesystem::path dir_;
  std::filesystem::path db_;
  std::string today_ = "2026-11-26";
  std::map<std::string, std::string> extra_env_;
};

}  // namespace backcare::e2e

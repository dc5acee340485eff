#include "e2e/harness.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "domain/day.hpp"

namespace backcare::e2e {
namespace {

std::filesystem::path make_temp_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "backcare-e2e-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

}  // namespace

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

unsigned mode_of(const std::filesystem::path& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 ? info.st_mode & 07777 : 0;
}

std::string generated_csv(int rows) {
  std::string text = "kind,date,logged_at,routine,level,reps,minutes,note\r\n";
  for (int i = 0; i < rows; ++i) {
    const std::string day = "2025-" + std::string(i % 12 < 9 ? "0" : "") + std::to_string(i % 12 + 1) + "-1" +
                            std::to_string(i % 9);
    text += "pain," + day + "," + day + "T09:00:00Z,,"+ std::to_string(i % 11) + ",,,entry " + std::to_string(i) + "\r\n";
  }
  return text;
}

RunResult run_binary(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                     const std::string& input) {
  return finish_binary(start_binary(args, env, input));
}

StartedRun start_binary(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                        const std::string& input, const std::function<void()>& in_child) {
  const auto dir = make_temp_dir();
  const auto in_path = dir / "stdin", out_path = dir / "stdout", err_path = dir / "stderr";
  std::ofstream(in_path, std::ios::binary) << input;
  const pid_t pid = ::fork();
  if (pid == 0) {
    std::vector<std::string> env_text;
    for (const auto& [key, value] : env) env_text.push_back(key + "=" + value);
    // UTC unless the test names a zone, so no output depends on the machine's zone.
    if (!env.contains("TZ")) env_text.push_back("TZ=UTC");
    // The sanitizer options too, so a sanitized build's binary stops at its first report (.ci/run).
    for (const char* name : {"PATH", "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"}) {
      if (const char* value = std::getenv(name)) env_text.push_back(std::string(name) + "=" + value);
    }
    std::vector<char*> envp;
    for (auto& item : env_text) envp.push_back(item.data());
    envp.push_back(nullptr);
    std::vector<std::string> argv_text{BACKCARE_BINARY};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& item : argv_text) argv.push_back(item.data());
    argv.push_back(nullptr);
    ::dup2(::open(in_path.c_str(), O_RDONLY), 0);
    ::dup2(::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 1);
    ::dup2(::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 2);
    if (in_child) in_child();
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  return {pid, dir};
}

RunResult finish_binary(const StartedRun& started) {
  int status = 0;
  ::waitpid(started.pid, &status, 0);
  RunResult result{WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), read_file(started.dir / "stdout"),
                   read_file(started.dir / "stderr")};
  std::filesystem::remove_all(started.dir);
  return result;
}

std::string mask_identities(const std::string& text) {
  static const std::regex kRandom(R"re("(uuid|device)": "([0-9a-f-]+)")re");
  std::map<std::string, std::string> names;
  std::map<std::string, int> counts;
  std::string out;
  auto from = text.cbegin();
  for (std::sregex_iterator it(text.begin(), text.end(), kRandom), end; it != end; ++it) {
    const auto& match = *it;
    out.append(from, match[0].first);
    const std::string key = match[1].str() + ":" + match[2].str();
    if (!names.contains(key)) names[key] = match[1].str() + "-" + std::to_string(++counts[match[1].str()]);
    out += "\"" + match[1].str() + "\": \"" + names[key] + "\"";
    from = match[0].second;
  }
  out.append(from, text.cend());
  return out;
}

void expect_golden(const std::string& name, const std::string& actual) {
  const std::filesystem::path path = std::filesystem::path(BACKCARE_EXPECTED_DIR) / (name + ".txt");
  const char* update = std::getenv("BACKCARE_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(path)) << "missing golden file " << path << "; run with BACKCARE_UPDATE_GOLDEN=1";
  EXPECT_EQ(actual, read_file(path)) << "golden " << path;
}

void DiaryTest::SetUp() {
  dir_ = make_temp_dir();
  db_ = dir_ / "backcare.db";
}

void DiaryTest::TearDown() { std::filesystem::remove_all(dir_); }

std::string welcome_text() { return read_file(std::filesystem::path(BACKCARE_EXPECTED_DIR) / "welcome.txt"); }

RunResult DiaryTest::run_on(const std::string& name, std::vector<std::string> args) {
  const auto saved = db_;
  db_ = dir_ / name;
  auto result = run(std::move(args));
  db_ = saved;
  return result;
}

RunResult DiaryTest::run(std::vector<std::string> args, const std::string& input) {
  const bool json = std::find(args.begin(), args.end(), "--json") != args.end();
  const bool existed = std::filesystem::exists(db_);
  args.insert(args.begin(), {"--db", db_.string()});
  auto env = extra_env_;
  env["BACKCARE_TODAY"] = today_;
  env["HOME"] = dir_.string();
  auto result = run_binary(args, env, input);
  // The command that makes the diary welcomes her first, on stderr, unless it gives JSON; no other does.
  // Checked here for every test's runs, and taken off, so that each test sees the rest of stderr.
  static const std::string welcome = welcome_text();
  if (!existed && std::filesystem::exists(db_) && !json) {
    EXPECT_TRUE(result.err.starts_with(welcome)) << "the run that made the diary did not welcome: " << result.err;
    if (result.err.starts_with(welcome)) result.err.erase(0, welcome.size());
  } else {
    EXPECT_EQ(result.err.find(welcome), std::string::npos) << "welcomed again: " << result.err;
  }
  return result;
}

std::string DiaryTest::ok(std::vector<std::string> args) {
  const auto result = run(args);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  return result.out;
}

std::string DiaryTest::snapshot() {
  // Every entry and setting, through the program's own JSON.
  const auto history = run({"history", "--from", "1990-01-01", "--json"});
  const auto config = run({"config", "--json"});
  const auto routines = run({"routines", "--all", "--json"});
  return history.out + config.out + routines.out;
}

void DiaryTest::expect_refused(std::vector<std::string> args, const std::string& message) {
  const auto before = snapshot();
  const auto result = run(args);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "backcare: error: " + message + "\n");
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(snapshot(), before);
}

void DiaryTest::pain_days(const std::string& first, const std::vector<int>& levels) {
  const domain::Day start = *domain::parse_iso(first);
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (levels[i] < 0) continue;
    ok({"pain", std::to_string(levels[i]), "--date", domain::format_iso(start + date::days{int(i)})});
  }
}

}  // namespace backcare::e2e

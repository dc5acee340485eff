#include "e2e/interrupted_writes.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <fstream>
#include <thread>

namespace backcare::e2e {
namespace {

constexpr int kRows = 100000;

/// The large diary, made on first use by importing generated rows, shared by the suite's tests.
std::filesystem::path& shared_diary_folder() {
  static std::filesystem::path folder;
  return folder;
}

std::filesystem::path large_diary() {
  auto& folder = shared_diary_folder();
  if (folder.empty()) {
    std::string pattern = (std::filesystem::temp_directory_path() / "backcare-large-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    folder = pattern;
    const auto csv = folder / "rows.csv";
    std::ofstream(csv, std::ios::binary) << generated_csv(kRows);
    const auto made = run_binary({"--db", (folder / "backcare.db").string(), "import", csv.string()},
                                 {{"BACKCARE_TODAY", "2026-11-26"}, {"HOME", folder.string()}});
    if (made.exit_code != 0) throw std::runtime_error("could not make the large diary: " + made.err);
  }
  return folder / "backcare.db";
}

/// True when the process has ended, without reaping it (finish_binary does).
bool ended(pid_t pid) {
  siginfo_t info{};
  return ::waitid(P_PID, pid, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid;
}

/// Waits until a name holding ".tmp-" is created in the watched folder; false when `pid` ends first.
bool temporary_appears(int watch, pid_t pid) {
  std::array<char, 4096> events{};
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (!ended(pid) && std::chrono::steady_clock::now() < deadline) {
    pollfd wait{watch, POLLIN, 0};
    if (::poll(&wait, 1, 20) <= 0) continue;
    const auto size = ::read(watch, events.data(), events.size());
    for (ssize_t at = 0; at < size;) {
      const auto* event = reinterpret_cast<const inotify_event*>(events.data() + at);
      if (event->len > 0 && std::string(event->name).find(".tmp-") != std::string::npos) return true;
      at += ssize_t(sizeof(inotify_event) + event->len);
    }
  }
  return false;
}

}  // namespace

void LargeDiaryTest::SetUp() {
  DiaryTest::SetUp();
  out_ = dir_ / "out";
  std::filesystem::create_directory(out_);
}

void LargeDiaryTest::use_large_diary() { std::filesystem::copy_file(large_diary(), db_); }

void LargeDiaryTest::TearDownTestSuite() {
  if (!shared_diary_folder().empty()) std::filesystem::remove_all(shared_diary_folder());
  shared_diary_folder().clear();
}

std::vector<std::string> LargeDiaryTest::on_diary(std::vector<std::string> args) const {
  args.insert(args.begin(), {"--db", db_.string()});
  return args;
}

std::map<std::string, std::string> LargeDiaryTest::env() const {
  return {{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}};
}

std::set<std::string> LargeDiaryTest::names_in(const std::filesystem::path& folder) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) names.insert(entry.path().filename().string());
  return names;
}

LargeDiaryTest::Stopped LargeDiaryTest::stop_while_writing(const std::vector<std::string>& args, int signal,
                                                          int delay_ms) {
  const int watch = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  ::inotify_add_watch(watch, out_.c_str(), IN_CREATE);
  const auto started = start_binary(on_diary(args), env());
  const bool appeared = temporary_appears(watch, started.pid);
  ::close(watch);
  if (appeared) {
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(started.pid, signal);
  }
  Stopped stopped{finish_binary(started)};
  // Ended by the signal before the rename: out/ holds no finished file (with the fix, nothing at all).
  bool finished = false;
  for (const auto& name : names_in(out_)) finished = finished || name.find(".tmp-") == std::string::npos;
  stopped.during_write = appeared && stopped.result.exit_code == 128 + signal && !finished;
  return stopped;
}

}  // namespace backcare::e2e

// Faults that must lose nothing: two writers at once, an import killed midway, a read-only diary, a
// full disk, damaged files. Bounded counts, temporary directories.
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <future>
#include <thread>

#include "domain/terminal_text.hpp"
#include "e2e/full_disk.hpp"

namespace backcare::e2e {
namespace {

constexpr uid_t kNobody = 65534;

std::uintmax_t size_or_zero(const std::filesystem::path& path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  return error ? 0 : size;
}

class Faults : public DiaryTest {
 protected:
  std::map<std::string, std::string> env() const { return {{"BACKCARE_TODAY", today_}, {"HOME", dir_.string()}}; }

  std::vector<std::string> on_diary(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", db_.string()});
    return args;
  }

  /// Entries in the diary, counted through a CSV export (notes here hold no line breaks).
  std::size_t entries() {
    const auto csv = ok({"export"});
    std::size_t lines = 0;
    for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++lines;
    return lines - 1;
  }

  void expect_sound() { EXPECT_EQ(ok({"check"}), "integrity: ok\nforeign keys: ok\n"); }

  std::filesystem::path write_file(const std::string& name, const std::string& text) const {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return dir_ / name;
  }
};

TEST_F(Faults, TwoWritersAtOnceLoseNothing) {
  constexpr int kEach = 200;
  ok({"routine", "add", "stretch", "--name", "Stretch", "--kind", "exercise"});
  const auto writer = [this] {
    std::string errors;
    for (int i = 0; i < kEach; ++i) {
      const auto result = run_binary(on_diary({"done", "stretch"}), env());
      if (result.exit_code != 0 || !result.err.empty()) errors += std::to_string(result.exit_code) + " " + result.err;
    }
    return errors;
  };
  auto first = std::async(std::launch::async, writer), second = std::async(std::launch::async, writer);
  EXPECT_EQ(first.get(), "");
  EXPECT_EQ(second.get(), "");
  EXPECT_EQ(entries(), std::size_t(2 * kEach));
  expect_sound();
}

TEST_F(Faults, BackupWhileAnotherProcessWritesIsWholeAndSound) {
  constexpr int kWrites = 60, kBackups = 6;
  ok({"routine", "add", "stretch", "--name", "Stretch", "--kind", "exercise"});
  auto writer = std::async(std::launch::async, [this] {
    for (int i = 0; i < kWrites; ++i) run_binary(on_diary({"done", "stretch"}), env());
  });
  for (int i = 0; i < kBackups; ++i) {
    const auto copy = dir_ / ("copy" + std::to_string(i) + ".db");
    EXPECT_EQ(run({"backup", copy.string()}).exit_code, 0);
    const auto check = run_binary({"--db", copy.string(), "check"}, env());
    EXPECT_EQ(check.out, "integrity: ok\nforeign keys: ok\n") << check.err;
  }
  writer.get();
  EXPECT_EQ(entries(), std::size_t(kWrites));
}

TEST_F(Faults, ManyFirstRunsAtOnceMakeOneDiary) {
  std::vector<std::future<RunResult>> runs;
  for (int i = 0; i < 8; ++i) {
    runs.push_back(std::async(std::launch::async, [this] { return run_binary(on_diary({"pain", "3"}), env()); }));
  }
  for (auto& run : runs) {
    const auto result = run.get();
    EXPECT_EQ(result.exit_code, 0) << result.err;
  }
  EXPECT_EQ(entries(), 8u);
}

TEST_F(Faults, ImportKilledMidwayLeavesNoneOfItAndPassesCheck) {
  ok({"pain", "4", "--note", "before"});
  const auto file = write_file("big.csv", generated_csv(100000));
  const auto wal = std::filesystem::path(db_.string() + "-wal");
  auto started = start_binary(on_diary({"import", file.string()}), env());
  // Killed once the import's transaction has spilled pages into the WAL: while it writes, long before
  // it could commit (the whole import spills some 10 MB).
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (size_or_zero(wal) < (1u << 20) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ::kill(started.pid, SIGKILL);
  EXPECT_EQ(finish_binary(started).exit_code, 128 + SIGKILL);
  expect_sound();
  EXPECT_EQ(entries(), 1u);
  // And the diary goes on working: the same import now completes.
  ok({"import", file.string()});
  EXPECT_EQ(entries(), 100001u);
}

/// Runs `args` as a user whom file modes bind: the test's own user, or nobody when that is root (root
/// ignores modes). Skips the test when nobody cannot run the binary.
class ReadOnly : public Faults {
 protected:
  void SetUp() override {
    Faults::SetUp();
    ok({"pain", "4", "--note", "kept"});
    as_root_ = ::geteuid() == 0;
    if (!as_root_) return;
    ASSERT_EQ(::chown(dir_.c_str(), kNobody, kNobody), 0);
    ASSERT_EQ(::chown(db_.c_str(), kNobody, kNobody), 0);
    if (run_restricted({"--version"}).exit_code != 0) GTEST_SKIP() << "user nobody cannot run " << BACKCARE_BINARY;
  }

  void TearDown() override {
    ::chmod(dir_.c_str(), 0700);
    ::chmod(db_.c_str(), 0600);
    Faults::TearDown();
  }

  RunResult run_restricted(const std::vector<std::string>& args) {
    const bool drop = as_root_;
    return finish_binary(start_binary(args, env(), "", [drop] {
      if (drop && (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)) ::_exit(126);
    }));
  }

  /// A refused write: exit 1, `message`, the file as it was, the entry still there.
  void expect_refused_write(const std::string& before, const std::string& message) {
    const auto result = run_restricted(on_diary({"pain", "5"}));
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.err, "backcare: error: " + message + "\n");
    EXPECT_EQ(read_file(db_), before);
    ::chmod(dir_.c_str(), 0700);
    ::chmod(db_.c_str(), 0600);
    EXPECT_EQ(entries(), 1u);
  }

  bool as_root_ = false;
};

TEST_F(ReadOnly, DatabaseFileIsAClearErrorAndLosesNothing) {
  const auto before = read_file(db_);
  ASSERT_EQ(::chmod(db_.c_str(), 0400), 0);
  // Reading still works: a read-only diary can be looked at, exported and backed up.
  const auto reading = run_restricted(on_diary({"history"}));
  EXPECT_EQ(reading.exit_code, 0) << reading.err;
  EXPECT_NE(reading.out.find("pain 4/10  kept"), std::string::npos) << reading.out;
  expect_refused_write(before, "the diary " + domain::quoted_path(db_.string()) +
                                   " is read-only for you, so nothing was written; to write to it: chmod u+w " +
                                   domain::quoted_path(db_.string()));
}

TEST_F(ReadOnly, ReadingAReadOnlyDiaryLeavesNoReadOnlyFileBesideIt) {
  if (!as_root_ && ::geteuid() == 0) GTEST_SKIP() << "root may write any file";
  ASSERT_EQ(::chmod(db_.c_str(), 0400), 0);
  const auto reading = run_restricted(on_diary({"today"}));
  EXPECT_EQ(reading.exit_code, 0) << reading.err;
  // SQLite made the -shm (and -wal) with the diary's mode; backcare gives them back to her.
  for (const char* suffix : {"-wal", "-shm"}) {
    const std::filesystem::path companion = db_.string() + suffix;
    if (std::filesystem::exists(companion)) {
      EXPECT_EQ(mode_of(companion) & 0600, 0600u) << suffix;
    }
  }
  ASSERT_EQ(::chmod(db_.c_str(), 0600), 0);
  const auto writing = run_restricted(on_diary({"pain", "5"}));
  EXPECT_EQ(writing.exit_code, 0) << writing.err;
  EXPECT_EQ(writing.err, "");
  EXPECT_EQ(entries(), 2u);
}

TEST_F(ReadOnly, AReadOnlyFileBesideTheDiaryIsNamedWithItsFix) {
  // As an earlier backcare left it: the diary writable again, its -shm still read-only.
  ASSERT_EQ(::chmod(db_.c_str(), 0400), 0);
  ASSERT_EQ(run_restricted(on_diary({"today"})).exit_code, 0);
  const std::filesystem::path shm = db_.string() + "-shm";
  ASSERT_TRUE(std::filesystem::exists(shm));
  ASSERT_EQ(::chmod(db_.c_str(), 0600), 0);
  ASSERT_EQ(::chmod(shm.c_str(), 0400), 0);
  if (as_root_) {
    ASSERT_EQ(::chown(shm.c_str(), 0, 0), 0);  // another user's: not hers to change
  }
  const auto result = run_restricted(on_diary({"pain", "5"}));
  if (!as_root_) {
    // Her own: given back to her, and the write goes through.
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return;
  }
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "backcare: error: " + domain::quoted_path(shm.string()) +
                            ", a file SQLite keeps beside the diary, is read-only for you (made by another user?), so "
                            "nothing was written; with no backcare running, remove it: rm " +
                            domain::quoted_path(shm.string()) + "\n");
  EXPECT_EQ(entries(), 1u);
}

TEST_F(ReadOnly, DirectoryIsAClearErrorAndLosesNothing) {
  const auto before = read_file(db_);
  ASSERT_EQ(::chmod(dir_.c_str(), 0500), 0);
  // SQLite must make the -shm file beside the diary even to read it in WAL mode, so reading fails too.
  expect_refused_write(before, "cannot open '" + db_.string() +
                                   "' (attempt to write a readonly database): check that you may read and write it "
                                   "and its directory");
}

TEST_F(Faults, FileSizeLimitDuringImportIsAClearErrorAndLosesNothing) {
  ok({"pain", "4"});
  const auto before = snapshot();
  const auto file = write_file("more.csv", generated_csv(20000));
  const auto result = run_limited(on_diary({"import", file.string()}), env(), size_or_zero(db_) + (128u << 10));
  EXPECT_EQ(result.exit_code, 1);
  // SQLite words EFBIG "disk I/O error", which would send the user looking for a broken disk.
  EXPECT_EQ(result.err, "backcare: error: no space left for the diary " + domain::quoted_path(db_.string()) +
                            ": the file size limit (ulimit -f) was reached\n");
  EXPECT_EQ(snapshot(), before);
  expect_sound();
  EXPECT_EQ(entries(), 1u);
}

TEST_F(Faults, FileSizeLimitReachedAtAnyPointOfAWriteIsTheSameClearError) {
  ok({"pain", "4"});
  const auto before = snapshot();
  // Small enough to stay in SQLite's page cache until the commit, which then writes the -wal: at some of
  // these limits it passes the limit part way through a frame (a short write, then EFBIG).
  const auto file = write_file("more.csv", generated_csv(3000));
  int refused = 0;
  for (std::uintmax_t room = 32u << 10;; room += 32u << 10) {
    const auto result = run_limited(on_diary({"import", file.string()}), env(), size_or_zero(db_) + room);
    if (result.exit_code == 0) break;  // room enough at last
    ++refused;
    EXPECT_EQ(result.exit_code, 1) << room;
    EXPECT_EQ(result.err, "backcare: error: no space left for the diary " + domain::quoted_path(db_.string()) +
                              ": the file size limit (ulimit -f) was reached\n")
        << room;
    EXPECT_EQ(snapshot(), before) << room;
  }
  EXPECT_GT(refused, 3);
  expect_sound();
}

TEST_F(Faults, FileSizeLimitMetOnOpeningIsTheSameClearError) {
  ok({"pain", "4"});
  const auto before = snapshot();
  // Below the size of the -shm file SQLite makes on opening: even a read cannot start.
  for (const std::vector<std::string>& args : {std::vector<std::string>{"pain", "5"}, {"today"}}) {
    const auto result = run_limited(on_diary(args), env(), 1024);
    EXPECT_EQ(result.exit_code, 1) << args[0];
    EXPECT_EQ(result.err, "backcare: error: no space left for the diary " + domain::quoted_path(db_.string()) +
                              ": the file size limit (ulimit -f) was reached\n")
        << args[0];
  }
  EXPECT_EQ(snapshot(), before);
}

TEST_F(Faults, FullDiskDuringExportKeepsTheOldFile) {
  ok({"import", write_file("more.csv", generated_csv(5000)).string()});
  const auto out = write_file("out.csv", "the previous export\n");
  const auto result = run_limited(on_diary({"export", "--out", out.string()}), env(), 64u << 10);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "backcare: error: cannot write '" + out.string() + "': File too large\n");
  EXPECT_EQ(read_file(out), "the previous export\n");
  for (const auto& entry : std::filesystem::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
  }
}

/// A damaged diary. No open scans the whole file (that would cost every command a read of every page),
/// so the full check runs where damage would spread: check, export, backup and import refuse it.
class Damaged : public Faults {
 protected:
  void SetUp() override {
    Faults::SetUp();
    ok({"import", write_file("more.csv", generated_csv(2000)).string()});
  }
  /// The quick_check finding the refusals name.
  std::string why() {
    const auto result = run({"export"});
    const auto start = result.err.find(" is damaged (") + 13;
    return result.err.substr(start, result.err.find("); it was left untouched") - start);
  }
  std::string refusal(const std::string& why) {
    return "backcare: error: '" + db_.string() + "' is damaged (" + why + "); it was left untouched: restore it from a backup\n";
  }
  /// `check_error`: what `check` says, when it cannot even start (the open reads the damage).
  void expect_found_by_the_full_check(const std::string& why, const std::string& check_error) {
    const auto before = read_file(db_);
    const auto more = write_file("again.csv", generated_csv(10)).string();
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"export"}, {"backup", (dir_ / "copy.db").string()}, {"import", more}}) {
      const auto result = run(args);
      EXPECT_EQ(result.exit_code, 1) << args[0];
      EXPECT_EQ(result.err, refusal(why)) << args[0];
    }
    const auto check = run({"check"});
    EXPECT_EQ(check.exit_code, 1);
    EXPECT_EQ(check.err, check_error);
    EXPECT_EQ(read_file(db_), before);
    EXPECT_FALSE(std::filesystem::exists(dir_ / "copy.db"));
    EXPECT_FALSE(std::filesystem::exists(db_.string() + "-wal"));
  }
};

TEST_F(Damaged, TruncatedFileIsRefused) {
  std::filesystem::resize_file(db_, size_or_zero(db_) / 2);
  expect_found_by_the_full_check("database disk image is malformed", refusal("database disk image is malformed"));
  // Any read reaches the missing half at once, and says so in the same words.
  for (const std::vector<std::string>& args : {std::vector<std::string>{"today"}, {"pain", "5"}}) {
    const auto result = run(args);
    EXPECT_EQ(result.exit_code, 1) << args[0];
    EXPECT_EQ(result.err, refusal("database disk image is malformed")) << args[0];
  }
}

/// The middle one of the pain table's leaf pages (SQLite's dbstat): a page no command's opening reads.
/// Chosen by what it holds, not by its place in the file: the UUID indexes (schema 8) are random, so
/// the page in the middle of the file is sometimes one of theirs, and sometimes one an open reads.
std::int64_t middle_pain_page(const std::filesystem::path& db) {
  sqlite3* handle = nullptr;
  sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* query = nullptr;
  sqlite3_prepare_v2(handle,
                     "SELECT pageno FROM dbstat WHERE name = 'pain' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 "
                     "OFFSET (SELECT count(*) / 2 FROM dbstat WHERE name = 'pain' AND pagetype = 'leaf')",
                     -1, &query, nullptr);
  const std::int64_t page = sqlite3_step(query) == SQLITE_ROW ? sqlite3_column_int64(query, 0) : 0;
  sqlite3_finalize(query);
  sqlite3_close(handle);
  return page;
}

TEST_F(Damaged, OverwrittenPageIsFoundByTheFullCheck) {
  const auto page = middle_pain_page(db_);
  ASSERT_GT(page, 1);
  {
    std::fstream file(db_, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(std::streamoff((page - 1) * 4096));
    file << std::string(4096, '\xA5');
  }
  const auto found = why();
  EXPECT_TRUE(found.starts_with("Page ")) << found;
  expect_found_by_the_full_check(found, "backcare: error: the diary failed its check (what was found is above)\n");
}

}  // namespace
}  // namespace backcare::e2e

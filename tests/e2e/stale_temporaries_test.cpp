// A writer killed outright (SIGKILL, a power cut) cannot remove its temporary file: the next backcare
// that writes a file to that folder does, unless a live process holds that file's lock, or the file
// carries another machine's host name (a folder a file-sync tool shares).
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <array>
#include <fstream>

#include "e2e/interrupted_writes.hpp"

namespace backcare::e2e {
namespace {

std::string this_host() {
  std::array<char, 256> name{};
  ::gethostname(name.data(), name.size() - 1);
  return name.data();
}

class StaleTemporaries : public LargeDiaryTest {
 protected:
  void SetUp() override {
    LargeDiaryTest::SetUp();
    ok({"pain", "4", "--note", "stiff"});
  }

  /// A temporary file as a backcare on `host` names it, beside out/diary.csv.
  std::filesystem::path temporary_of(const std::string& host) const {
    const auto path = out_ / (".diary.csv.backcare-" + host + ".tmp-Ab12Cd");
    std::ofstream(path) << "part of an export";
    return path;
  }

  void export_to_out() { ok({"export", "--out", (out_ / "diary.csv").string()}); }
};

TEST_F(StaleTemporaries, KilledBackupsFilesAreRemovedByTheNextExportThere) {
  std::filesystem::remove(db_);
  use_large_diary();
  const auto stopped = stop_while_writing({"backup", (out_ / "copy.db").string()}, SIGKILL, 40);
  ASSERT_TRUE(stopped.during_write) << stopped.result.exit_code;
  ASSERT_FALSE(names_in(out_).empty());  // what SIGKILL leaves: no handler runs
  export_to_out();
  EXPECT_EQ(names_in(out_), std::set<std::string>{"diary.csv"});
}

TEST_F(StaleTemporaries, ALockedOneIsKeptUntilItsLockIsGone) {
  const auto held = temporary_of(this_host());
  const int fd = ::open(held.c_str(), O_RDONLY | O_CLOEXEC);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);  // as a live backcare holds its own
  export_to_out();
  EXPECT_EQ(names_in(out_), (std::set<std::string>{"diary.csv", held.filename().string()}));
  ::close(fd);
  export_to_out();
  EXPECT_EQ(names_in(out_), std::set<std::string>{"diary.csv"});
}

TEST_F(StaleTemporaries, AnotherMachinesIsKept) {
  const auto other = temporary_of("other-laptop");
  export_to_out();
  EXPECT_EQ(names_in(out_), (std::set<std::string>{"diary.csv", other.filename().string()}));
}

TEST_F(StaleTemporaries, OtherFilesAreKept) {
  for (const char* name : {".diary.csv.tmp-Ab12Cd", "notes.backcare-x.tmp-1", ".diary.csv.swp"}) {
    std::ofstream(out_ / name) << "hers";
  }
  std::ofstream(out_ / (".diary.csv.backcare-" + this_host() + ".tmp-Ab12Cd.txt")) << "hers";
  export_to_out();
  EXPECT_EQ(names_in(out_).size(), 5u);
}

}  // namespace
}  // namespace backcare::e2e

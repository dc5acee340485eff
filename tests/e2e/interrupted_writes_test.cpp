// Ctrl-C (SIGINT), a kill (SIGTERM) or a closed terminal (SIGHUP) while export --out, report --out,
// plan --ics or backup writes its file: the partial copy is removed, and the run ends by that signal.
#include <signal.h>

#include "e2e/interrupted_writes.hpp"

namespace backcare::e2e {
namespace {

class InterruptedWrites : public LargeDiaryTest {
 protected:
  void SetUp() override {
    LargeDiaryTest::SetUp();
    use_large_diary();
  }

  /// Stops `args`, which write `target` in out/, with each signal at several points of its write; each
  /// time out/ then holds nothing, or the whole target when the signal came after its rename (then
  /// `whole`, when given, is what the target must hold). Returns how many of the signals came while the
  /// temporary file was there.
  int stop_at_several_points(const std::vector<std::string>& args, const std::string& target,
                             const std::string& whole = {}) {
    int during_write = 0;
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
      for (const int delay_ms : {0, 20}) {
        const auto stopped = stop_while_writing(args, signal, delay_ms);
        const auto names = names_in(out_);
        const auto when = std::to_string(signal) + " after " + std::to_string(delay_ms) + " ms";
        if (stopped.result.exit_code != 0) {
          EXPECT_EQ(stopped.result.exit_code, 128 + signal) << stopped.result.err;
        }
        if (names.empty()) {
          EXPECT_NE(stopped.result.exit_code, 0) << when;
          during_write += stopped.during_write;
        } else {
          EXPECT_EQ(names, std::set<std::string>{target}) << when;
          if (!whole.empty()) {
            EXPECT_TRUE(read_file(out_ / target) == whole) << when;
          }
        }
        std::filesystem::remove(out_ / target);
      }
    }
    for (const auto& name : names_in(dir_)) EXPECT_EQ(name.find(".tmp-"), std::string::npos) << name;
    return during_write;
  }
};

TEST_F(InterruptedWrites, ExportLeavesNoPartialCopy) {
  const auto target = out_ / "diary.csv";
  EXPECT_GT(stop_at_several_points({"export", "--out", target.string()}, "diary.csv", ok({"export"})), 0);
}

TEST_F(InterruptedWrites, BackupLeavesNoPartialCopy) {
  const auto target = out_ / "copy.db";
  EXPECT_GT(stop_at_several_points({"backup", target.string()}, "copy.db"), 0);
}

TEST_F(InterruptedWrites, ReportAndCalendarLeaveNoPartialCopy) {
  // Small files, written in a moment: the signal mostly comes before or after; never a part is left.
  stop_at_several_points({"report", "--out", (out_ / "report.html").string()}, "report.html");
  stop_at_several_points({"plan", "--ics", (out_ / "plan.ics").string()}, "plan.ics");
}

/// The start of a run needs no large diary.
using InterruptedAtStart = LargeDiaryTest;

TEST_F(InterruptedAtStart, SignalBeforeAnyFileEndsTheRunAndLeavesNothing) {
  ok({"pain", "4"});
  for (const int signal : {SIGINT, SIGTERM}) {
    auto started = start_binary(on_diary({"export", "--out", (out_ / "diary.csv").string()}), env());
    ::kill(started.pid, signal);
    EXPECT_EQ(finish_binary(started).exit_code, 128 + signal);
    EXPECT_EQ(names_in(out_), std::set<std::string>{});
  }
}

}  // namespace
}  // namespace backcare::e2e

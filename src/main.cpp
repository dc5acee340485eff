#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "app/run_cli.hpp"
#include "process_environment.hpp"
#include "store/live_files.hpp"

extern char** environ;

namespace {

/// Ctrl-C, a kill or a closed terminal while a file is being written: the partial copy of her data is
/// removed, then the signal is raised again with its default action, so the caller sees the process
/// ended by it (the shell's 130, 143, 129) and a script's loop stops as it would for any program.
extern "C" void remove_live_files_and_end(int number) {
  backcare::store::remove_live_files();
  std::signal(number, SIG_DFL);
  std::raise(number);  // held back until this handler returns
}

void end_cleanly_on_signals() {
  struct sigaction action {};
  action.sa_handler = remove_live_files_and_end;
  sigemptyset(&action.sa_mask);
  for (const int number : backcare::store::kCleanupSignals) sigaddset(&action.sa_mask, number);
  for (const int number : backcare::store::kCleanupSignals) {
    struct sigaction before {};
    ::sigaction(number, nullptr, &before);
    // Ignored by whoever started us (nohup, a background job): left ignored, as they asked.
    if (before.sa_handler != SIG_IGN) ::sigaction(number, &action, nullptr);
  }
}

}  // namespace

// The only place that reads the real clock, the environment and the standard streams.
int main(int argc, char** argv) {
  // A write past the file size limit (`ulimit -f`) would kill the process without a word; ignored, the
  // write fails with EFBIG and is reported as a full disk is, the diary left as it was.
  std::signal(SIGXFSZ, SIG_IGN);
  // A reader that closes the pipe early (`backcare history | head`) then makes a write fail with EPIPE,
  // which ends the run quietly, instead of killing it.
  std::signal(SIGPIPE, SIG_IGN);
  end_cleanly_on_signals();
  const auto environment = backcare::read_environment();
  const std::vector<std::string> args(argv + 1, argv + argc);
  const int code = backcare::app::run_cli(args, environment, std::cin, std::cout, std::cerr);
  // Closing is the last write: a file system may report a failed write only there.
  std::cout.flush();
  if (code == 0 && (!std::cout || ::close(STDOUT_FILENO) != 0)) return backcare::app::output_failure(errno, std::cerr);
  return code;
}

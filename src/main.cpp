#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "app/run_cli.hpp"

extern char** environ;

// The only place that reads the real clock, the environment and the standard streams.
int main(int argc, char** argv) {
  backcare::app::Environment environment;
  for (const char* name : {"BACKCARE_DB", "BACKCARE_TODAY", "XDG_DATA_HOME", "HOME", "NO_COLOR"}) {
    if (const char* value = std::getenv(name)) environment.variables[name] = value;
  }
  // A write past the file size limit (`ulimit -f`) would kill the process without a word; ignored, the
  // write fails with EFBIG and is reported as a full disk is, the diary left as it was.
  std::signal(SIGXFSZ, SIG_IGN);
  // A reader that closes the pipe early (`backcare history | head`) then makes a write fail with EPIPE,
  // which ends the run quietly, instead of killing it.
  std::signal(SIGPIPE, SIG_IGN);
  // With TZ unset glibc would stat /etc/localtime at every conversion; naming it once reads it once.
  if (!std::getenv("TZ")) ::setenv("TZ", ":/etc/localtime", 1);
  ::tzset();
  environment.utc_now = date::sys_seconds{std::chrono::seconds{std::time(nullptr)}};
  environment.zone.offset_at = [](date::sys_seconds utc) {  // glibc: the offset in force at that instant
    const std::time_t instant = utc.time_since_epoch().count();
    std::tm local{};
    ::localtime_r(&instant, &local);
    return std::chrono::seconds{local.tm_gmtoff};
  };
  environment.stdout_is_terminal = ::isatty(STDOUT_FILENO) == 1;
  environment.stdin_is_terminal = ::isatty(STDIN_FILENO) == 1;
  const std::vector<std::string> args(argv + 1, argv + argc);
  const int code = backcare::app::run_cli(args, environment, std::cin, std::cout, std::cerr);
  // Closing is the last write: a file system may report a failed write only there.
  std::cout.flush();
  if (code == 0 && (!std::cout || ::close(STDOUT_FILENO) != 0)) return backcare::app::output_failure(errno, std::cerr);
  return code;
}

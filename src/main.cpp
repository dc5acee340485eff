#include <unistd.h>

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
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);  // honours TZ; converted once per run, never per row
  environment.utc_now = date::sys_seconds{std::chrono::seconds{now}};
  environment.utc_offset = std::chrono::seconds{local.tm_gmtoff};
  environment.stdout_is_terminal = ::isatty(STDOUT_FILENO) == 1;
  environment.stdin_is_terminal = ::isatty(STDIN_FILENO) == 1;
  const std::vector<std::string> args(argv + 1, argv + argc);
  return backcare::app::run_cli(args, environment, std::cin, std::cout, std::cerr);
}

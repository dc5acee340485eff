#pragma once
#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace backcare::fixtures {

/// What a shell command printed (stdout and stderr together) and its exit status.
struct Shell {
  int status = -1;
  std::string output;
};

/// Runs `command` with /bin/sh: for the tests that hand a file to another program (a validator, a
/// reference implementation, a browser).
inline Shell shell(const std::string& command) {
  Shell result;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  while (const auto got = std::fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, got);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace backcare::fixtures

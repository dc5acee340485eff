#pragma once
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>

#include "app/environment.hpp"

namespace backcare {

// What a backcare process reads from the outside world, read once: by main (backcare) and by
// backcare-serve's main, the only two places that touch the clock, the environment and the zone.

/// The real clock, to the second.
inline date::sys_seconds wall_clock() { return date::sys_seconds{std::chrono::seconds{std::time(nullptr)}}; }

/// The variables backcare reads, the clock, the zone (glibc, TZ honoured) and which streams are terminals.
inline app::Environment read_environment() {
  app::Environment environment;
  for (const char* name : {"BACKCARE_DB", "BACKCARE_TODAY", "XDG_DATA_HOME", "HOME", "NO_COLOR",
                           "BACKCARE_PROGRESS_AFTER"}) {
    if (const char* value = std::getenv(name)) environment.variables[name] = value;
  }
  // With TZ unset glibc would stat /etc/localtime at every conversion; naming it once reads it once.
  if (!std::getenv("TZ")) ::setenv("TZ", ":/etc/localtime", 1);
  ::tzset();
  environment.utc_now = wall_clock();
  environment.zone.offset_at = [](date::sys_seconds utc) {  // glibc: the offset in force at that instant
    const std::time_t instant = utc.time_since_epoch().count();
    std::tm local{};
    ::localtime_r(&instant, &local);
    return std::chrono::seconds{local.tm_gmtoff};
  };
  environment.stdout_is_terminal = ::isatty(STDOUT_FILENO) == 1;
  environment.stdin_is_terminal = ::isatty(STDIN_FILENO) == 1;
  environment.stderr_is_terminal = ::isatty(STDERR_FILENO) == 1;
  environment.ticks = [] { return std::chrono::steady_clock::now(); };
  return environment;
}

}  // namespace backcare

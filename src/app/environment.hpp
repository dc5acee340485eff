#pragma once
#include <chrono>
#include <functional>
#include <map>
#include <string>

#include <date/date.h>

#include "domain/zone.hpp"

namespace backcare::app {

/// All that main reads from the outside world, read once: nothing below main touches the clock or the
/// environment.
struct Environment {
  std::map<std::string, std::string> variables;  ///< BACKCARE_DB, BACKCARE_TODAY, XDG_DATA_HOME, HOME, NO_COLOR,
                                                 ///< BACKCARE_PROGRESS_AFTER
  date::sys_seconds utc_now;
  domain::Zone zone = domain::fixed_zone(std::chrono::seconds{0});  ///< the user's zone (TZ honoured)
  bool stdout_is_terminal = false;
  bool stdin_is_terminal = false;  ///< the check-in echoes piped answers so its transcript reads as typed
  bool stderr_is_terminal = false;  ///< long work shows its progress there
  /// The monotonic clock that times the progress line (main's steady_clock; set only where shown).
  std::function<std::chrono::steady_clock::time_point()> ticks;

  const std::string* variable(const std::string& name) const {
    auto found = variables.find(name);
    return found == variables.end() || found->second.empty() ? nullptr : &found->second;
  }
};

}  // namespace backcare::app

#pragma once
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "app/environment.hpp"

namespace backcare::serve {

/// What one backcare command run for the page did: its exit code and what it wrote.
struct Ran {
  int code = 0;
  std::string out;
  std::string err;
};

/// Runs backcare's own commands on the diary for the page, in this process, one at a time: the page's
/// writes take the same path as `pain` and `done` typed at a terminal (parsing, checks, one transaction,
/// undo, the same words), and its reads show what the same commands show.
class DiaryRuns {
 public:
  DiaryRuns(app::Environment base, std::string diary, std::function<date::sys_seconds()> clock)
      : base_(std::move(base)), diary_(std::move(diary)), clock_(std::move(clock)) {}

  /// `backcare --db DIARY ARGS...`, now.
  Ran run(const std::vector<std::string>& args);

 private:
  app::Environment base_;
  std::string diary_;
  std::function<date::sys_seconds()> clock_;
  std::mutex one_at_a_time_;
};

}  // namespace backcare::serve

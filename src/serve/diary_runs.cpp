#include "serve/diary_runs.hpp"

#include <sstream>

#include "app/run_cli.hpp"

namespace backcare::serve {

Ran DiaryRuns::run(const std::vector<std::string>& args) {
  std::vector<std::string> line = {"--db", diary_};
  line.insert(line.end(), args.begin(), args.end());
  // One at a time: a single person's diary, and SQLite would serialise the writes anyway.
  const std::lock_guard lock(one_at_a_time_);
  app::Environment environment = base_;
  environment.utc_now = clock_();
  environment.stdout_is_terminal = environment.stdin_is_terminal = environment.stderr_is_terminal = false;
  std::istringstream in;
  std::ostringstream out, err;
  const int code = app::run_cli(line, environment, in, out, err);
  return {code, out.str(), err.str()};
}

}  // namespace backcare::serve

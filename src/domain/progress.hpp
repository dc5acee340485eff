#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace backcare::domain {

/// Told how far a long piece of work has got, row by row (an import, an export): app/ shows it on a
/// terminal's stderr, and nowhere else is it seen. A call costs a few instructions a row.
class Progress {
 public:
  virtual ~Progress() = default;
  /// The work begins: `what` names it ("importing"), `total` is its number of rows when known.
  virtual void begin(std::string_view what, std::optional<std::size_t> total) = 0;
  /// One more row done.
  virtual void row() = 0;
  /// The work is over, finished or not: whatever was shown of it goes.
  virtual void end() = 0;
};

/// The progress of a run with no terminal to show it on: nothing at all.
class NoProgress final : public Progress {
 public:
  void begin(std::string_view, std::optional<std::size_t>) override {}
  void row() override {}
  void end() override {}
};

/// The silent progress, for runs and tests that show none.
inline Progress& no_progress() {
  static NoProgress none;
  return none;
}

/// Begins the work when made and ends it when gone, however the work ends (an error's message then
/// stands on a line of its own).
class ProgressRun {
 public:
  ProgressRun(Progress& progress, std::string_view what, std::optional<std::size_t> total) : progress_(progress) {
    progress_.begin(what, total);
  }
  ~ProgressRun() { progress_.end(); }
  ProgressRun(const ProgressRun&) = delete;
  ProgressRun& operator=(const ProgressRun&) = delete;

 private:
  Progress& progress_;
};

}  // namespace backcare::domain

#pragma once
#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>

#include "domain/progress.hpp"

namespace backcare::app {

/// Progress on a terminal: nothing for the first `after` (a second: most work is over by then), then one
/// line rewritten in place at most four times a second, and wiped at the end so the command's own
/// output starts on a clean line.
class TerminalProgress final : public domain::Progress {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;
  /// How often the line is rewritten once it shows.
  static constexpr std::chrono::milliseconds kEvery{250};
  /// Rows between two looks at the clock: a look costs more than a row, and at the slowest import
  /// (about 100,000 rows a second) 1,024 rows take 10 ms, well inside kEvery.
  static constexpr std::size_t kRowsBetweenLooks = 1024;

  TerminalProgress(std::ostream& err, std::chrono::milliseconds after, Clock clock);
  void begin(std::string_view what, std::optional<std::size_t> total) override;
  void row() override;
  void end() override;

 private:
  void look();

  std::ostream& err_;
  std::chrono::milliseconds after_;
  Clock clock_;
  std::string what_;
  std::optional<std::size_t> total_;
  std::size_t done_ = 0;
  std::chrono::steady_clock::time_point next_{};
  bool shown_ = false;
};

}  // namespace backcare::app

#include "app/terminal_progress.hpp"

#include "render/progress_line.hpp"

namespace backcare::app {

using render::kProgressEraseToEnd;
using render::kProgressRewrite;

TerminalProgress::TerminalProgress(std::ostream& err, std::chrono::milliseconds after, Clock clock)
    : err_(err), after_(after), clock_(std::move(clock)) {}

void TerminalProgress::begin(std::string_view what, std::optional<std::size_t> total) {
  what_ = what;
  total_ = total;
  done_ = 0;
  next_ = clock_() + after_;
  shown_ = false;
}

void TerminalProgress::row() {
  if (++done_ % kRowsBetweenLooks == 0) look();
}

void TerminalProgress::look() {
  const auto now = clock_();
  if (now < next_) return;
  err_ << kProgressRewrite << render::progress_line(what_, done_, total_) << kProgressEraseToEnd << std::flush;
  shown_ = true;
  next_ = now + kEvery;
}

void TerminalProgress::end() {
  if (shown_) err_ << kProgressRewrite << kProgressEraseToEnd << std::flush;
  shown_ = false;
}

}  // namespace backcare::app

#pragma once
#include <filesystem>
#include <istream>
#include <optional>
#include <ostream>

#include "content/content.hpp"
#include "domain/day.hpp"
#include "domain/progress.hpp"
#include "domain/settings.hpp"
#include "domain/zone.hpp"

// Declared only: a command that reads or writes the diary includes store/store.hpp itself, so an edit of
// the store's header rebuilds those commands and not every file that names Env.
namespace backcare::store {
class Store;
}

namespace backcare::commands {

/// What every command runs against: passed down, never global.
struct Env {
  store::Store* store;  ///< null for commands that never touch the diary (redflags)
  const content::Content& content;
  const domain::Zone& zone;  ///< each instant converted with its own offset
  domain::Now now;
  domain::Day today;  ///< the diary day of `now`, after the day-starts shift
  domain::Day calendar_today;  ///< the calendar date of `now`: ahead of `today` between midnight and day-starts
  domain::Settings settings;
  /// Where the diary would be, when there is no file there yet: `store` is then an empty diary in memory,
  /// so that a read creates nothing. Commands about the file itself (check, backup) say so instead.
  std::optional<std::filesystem::path> absent_diary;
  std::istream* in = nullptr;     ///< answers for the interactive check-in; null elsewhere
  std::ostream* talk = nullptr;   ///< where the check-in asks its questions
  bool echo_answers = false;      ///< input is not a terminal: write each answer after its question
  /// How far long work (import, export) has got: shown when stderr is a terminal, else silent.
  domain::Progress* progress = &domain::no_progress();
  bool output_is_terminal = false;  ///< stdout is a terminal: an export written there shows itself

  store::Store& db() const { return *store; }
};

}  // namespace backcare::commands

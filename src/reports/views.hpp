#pragma once
#include <optional>
#include <string>
#include <vector>

#include "content/content.hpp"
#include "domain/entries.hpp"
#include "domain/routine.hpp"
#include "domain/undone.hpp"

namespace backcare::reports {

/// What `pain`, `done` or `checkin` logged, for its confirmation.
struct Logged {
  domain::Day day;
  std::optional<int> level;        ///< the pain level logged, if any
  std::vector<std::string> slugs;  ///< the routines logged
  bool points_to_redflags = false; ///< the entry calls for the pointer to the red flags
  bool nothing = false;            ///< the check-in was declined: nothing was recorded
};

/// What `routine add` or `routine retire` changed.
struct RoutineChanged {
  bool added = false;  ///< else retired
  std::string slug;
  std::string name;
};

struct ChecklistItem {
  std::string slug, name, dose;
  int done = 0;         ///< times logged on the day
  int daily_count = 1;  ///< times the article gives it a day
};

/// `today`: the diary day, its entries and the checklist of active routines.
struct DayView {
  domain::Day day;
  bool is_today = true;
  std::string day_starts;      ///< HH:MM
  bool before_day_start = false;  ///< the clock is past midnight but before day-starts: the day is yesterday's
  std::vector<domain::PainEntry> pain;
  std::vector<domain::Completion> done;
  std::vector<ChecklistItem> checklist;
};

/// `backcare` alone: today, then the commands a new user needs first.
struct StatusView {
  DayView today;
};

struct RoutineList {
  std::vector<domain::Routine> routines;
};

/// `show`: one routine in full, with notes that depend on the user's settings.
struct RoutineDetail {
  domain::Routine routine;
  std::vector<std::string> notes;
};

struct RedFlagsView {
  content::RedFlags flags;
};

/// One line of `history`: a pain entry or a routine done.
struct HistoryItem {
  std::string kind;  ///< pain or done
  domain::Day day;
  std::string time;
  std::optional<int> level;
  std::string routine;
  std::optional<int> reps, minutes;
  std::string note;
};

struct HistoryView {
  domain::DateRange range;
  std::vector<HistoryItem> items;  ///< newest first
};

struct SettingLine {
  std::string key;
  std::optional<std::string> value;
  std::string default_value;  ///< what applies while unset; empty: nothing does
  std::string accepted;
  std::string meaning;
};

/// A setting changed: set to `value`, or unset when it is empty.
struct SettingChange {
  std::string key;
  std::optional<std::string> value;
};

struct ConfigView {
  std::vector<SettingLine> settings;
  std::optional<SettingChange> change;  ///< set when the command changed something
};

struct UndoView {
  std::optional<domain::UndoneAction> undone;
};

}  // namespace backcare::reports

#pragma once
#include <optional>
#include <string>
#include <vector>

#include "content/content.hpp"
#include "domain/entries.hpp"
#include "domain/entry_id.hpp"
#include "domain/routine.hpp"
#include "domain/undone.hpp"
#include "reports/held.hpp"
#include "rules/due_now.hpp"

namespace backcare::views {

/// What `pain`, `done` or `checkin` logged, for its confirmation.
struct Logged {
  domain::Day day;
  std::optional<int> level;        ///< the pain level logged, if any
  std::vector<std::string> slugs;  ///< the routines logged
  std::vector<domain::Place> regions;  ///< where the pain logged hurt
  std::optional<domain::Place> sign;   ///< the sign recorded, for `sign`
  std::vector<std::string> tags;       ///< the tags given (issue 29): the entries' and, for `tag`, the day's
  bool day_tags = false;               ///< `tag`: the tags are the day's own
  std::vector<std::string> already;    ///< `tag`: tags the day carried already, left as they were
  std::vector<std::string> new_tags;   ///< tags the diary did not know before (--new)
  std::vector<std::string> notices;    ///< a tag's notice (content/tags.toml), once a day
  std::optional<rules::RecordedSign> past_sign;  ///< its flag, when back-dated outside the window of now
  std::vector<domain::EntryId> ids;  ///< the entries made, pain first: a script can edit what it logged
  rules::DueNow due;               ///< whether to read the red flags now, once it is recorded
  std::optional<rules::Pointer> past_entry;  ///< a severe entry back-dated outside the window of now
  std::vector<reports::HeldRoutine> held;   ///< routines logged although their phase rule holds them
  bool nothing = false;            ///< the check-in was declined: nothing was recorded
};

/// What `untag` took off a day (issue 29).
struct Untagged {
  domain::Day day;
  std::vector<std::string> tags;
  int changed = 0;  ///< days' tags deleted and entries whose tags changed
};

/// One tag `backcare tags` lists: a starter tag (with its name and meaning) or one of hers.
struct TagItem {
  std::string slug, name, description;
  bool starter = false;
  int days = 0;  ///< days that carry it
};

/// What `backcare tags` lists: the starter tags in their order, then hers by slug.
struct TagList {
  std::vector<TagItem> tags;
  bool slugs_only = false;  ///< --slugs: one slug a line, for completion
};

/// What `routine add`, `retire` or `unretire` changed.
struct RoutineChanged {
  enum class Change { added, retired, unretired, edited };
  Change change = Change::added;
  std::string slug;
  std::string name;
  std::optional<domain::Routine> before, after;  ///< an edit's routine as it was and as it is
};

/// One active routine on the day's checklist, with how often it was done.
struct ChecklistItem {
  std::string slug, name, dose;
  int done = 0;         ///< times logged on the day
  int daily_count = 1;  ///< times the article gives it a day
  std::optional<rules::Hold> hold;  ///< held by its phase rule today
};

/// `today`: the diary day, its entries and the checklist of active routines.
struct DayView {
  domain::Day day;
  bool is_today = true;
  std::string day_starts;      ///< HH:MM
  bool before_day_start = false;  ///< the clock is past midnight but before day-starts: the day is yesterday's
  std::vector<domain::PainEntry> pain;
  std::vector<domain::Completion> done;
  std::vector<domain::SignEntry> signs;
  std::vector<ChecklistItem> checklist;
  rules::DueNow due;  ///< whether to read the red flags now
};

/// `backcare` alone: today, then the commands a new user needs first.
struct StatusView {
  DayView today;
};

/// `routines`: the catalogue, in the order it is listed.
struct RoutineList {
  std::vector<domain::Routine> routines;
  bool slugs_only = false;  ///< `--slugs`: one slug a line, for scripts and shell completion
};

/// `show`: one routine in full, and its hold under the user's settings today.
struct RoutineDetail {
  domain::Routine routine;
  std::optional<rules::Hold> hold;
};

/// `redflags`: the symptoms that need care, by urgency.
struct RedFlagsView {
  content::RedFlags flags;
  std::vector<content::BodyPlace> signs;  ///< the signs `backcare sign` records, with what each means
};

/// One line of `history`: a pain entry, a routine done or a sign.
struct HistoryItem {
  domain::EntryId id;
  std::string kind;  ///< pain, done, sign or tag
  domain::Day day;
  std::string time;       ///< HH:MM; empty for a back-filled entry without one
  std::string logged_at;  ///< when it was typed, UTC
  std::optional<int> level;
  std::string routine;
  std::optional<int> reps, minutes;
  std::string note;
  std::vector<domain::Place> where;   ///< a pain entry's regions
  std::optional<domain::Place> sign;  ///< a sign's slug and side
  std::vector<std::string> tags;      ///< a pain entry's or a routine done's tags; a day's tag's one
};

/// `history`: the entries of a range of days.
struct HistoryView {
  domain::DateRange range;
  std::vector<HistoryItem> items;  ///< newest first
};

/// One setting as `config` lists it: its value, its default and what it accepts and means.
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

/// `config`: every setting, and the change made when one was set or unset.
struct ConfigView {
  std::vector<SettingLine> settings;
  std::optional<SettingChange> change;  ///< set when the command changed something
};

/// `undo`: what was reversed; nullopt when there was nothing to reverse.
struct UndoView {
  std::optional<domain::UndoneAction> undone;
};

}  // namespace backcare::views

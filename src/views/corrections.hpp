#pragma once
#include <optional>
#include <vector>

#include "domain/entries.hpp"
#include "domain/entry_id.hpp"
#include "rules/due_now.hpp"

namespace backcare::views {

/// What `edit` changed: one entry as it was and as it is. Exactly one of the pairs is set.
struct EntryEdited {
  domain::EntryId id;
  std::optional<domain::PainEntry> pain_before, pain_after;
  std::optional<domain::Completion> done_before, done_after;
  std::optional<domain::SignEntry> sign_before, sign_after;
  std::optional<domain::DayTag> tag_before, tag_after;
  bool unchanged = false;                 ///< the options gave the values it already had: nothing written
  rules::DueNow due;                      ///< whether to read the red flags now, after the edit
  std::optional<rules::Pointer> past_entry;  ///< the new level is severe, on a day outside the window of now
};

/// What `delete` removed, in the order the ids were given.
struct EntriesDeleted {
  std::vector<domain::PainEntry> pain;
  std::vector<domain::Completion> done;
  std::vector<domain::SignEntry> signs;
  std::vector<domain::DayTag> tags;
};

}  // namespace backcare::views

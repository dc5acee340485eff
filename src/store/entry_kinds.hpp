#pragma once
#include <array>
#include <string>

#include "domain/entry_id.hpp"

namespace backcare::store {

// The diary's tables for each kind of entry, named once: delete, undo and merge go through them.

using EntryKind = domain::EntryId::Kind;

/// Every kind of entry, in the order the diary's tables are gone through.
inline constexpr std::array kEntryKinds{EntryKind::pain, EntryKind::done, EntryKind::sign, EntryKind::tag};

/// The diary's table of a kind of entry: pain, completion, sign or day_tag.
const char* entry_table(EntryKind kind);
/// The table keeping, for undo, entries as they were before a change: pain_before, completion_before,
/// sign_before or day_tag_before.
std::string before_table(EntryKind kind);

/// The statement leaving a tombstone for each entry of `kind` whose `column` (id, action_id) is ?3: its
/// UUID and id, this command's version, deleted at ?1 by the action ?2 (NULL for an undo's, which no
/// later undo takes back).
std::string tombstone_sql(EntryKind kind, const char* column);

}  // namespace backcare::store

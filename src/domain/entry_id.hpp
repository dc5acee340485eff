#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace backcare::domain {

/// The short stable name of one entry that `history` shows and `edit` and `delete` take: "p12" is row 12
/// of the pain entries, "d12" row 12 of the routines done, "s12" row 12 of the signs. Ids belong to one diary and are not exported.
struct EntryId {
  enum class Kind { pain, done, sign };
  Kind kind = Kind::pain;
  std::int64_t row = 0;

  friend bool operator==(const EntryId&, const EntryId&) = default;
  friend auto operator<=>(const EntryId&, const EntryId&) = default;
};

std::string format_entry_id(EntryId id);
/// The kind as exports and tombstones name it: "pain", "done" or "sign".
const char* entry_kind_name(EntryId::Kind kind);
/// "p12", "d12" or "s12" (upper case accepted). UserError naming the text and the accepted form otherwise.
EntryId parse_entry_id(std::string_view text);

}  // namespace backcare::domain

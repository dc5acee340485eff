#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace backcare::domain {

/// The short stable name of one entry that `history` shows and `edit` and `delete` take: "p12" is row 12
/// of the pain entries, "d12" row 12 of the routines done, "s12" row 12 of the signs, "t12" row 12 of the days' tags. Ids belong to one diary and are not exported.
struct EntryId {
  enum class Kind { pain, done, sign, tag };
  Kind kind = Kind::pain;
  std::int64_t row = 0;

  friend bool operator==(const EntryId&, const EntryId&) = default;
  friend auto operator<=>(const EntryId&, const EntryId&) = default;
};

std::string format_entry_id(EntryId id);
/// The kind as exports and tombstones name it: "pain", "done", "sign" or "tag".
const char* entry_kind_name(EntryId::Kind kind);
/// The kind an export names "pain", "done", "sign" or "tag"; nullopt for any other name.
std::optional<EntryId::Kind> entry_kind_of(std::string_view name);
/// "p12", "d12", "s12" or "t12" (upper case accepted). UserError naming the text and the accepted form otherwise.
EntryId parse_entry_id(std::string_view text);

}  // namespace backcare::domain

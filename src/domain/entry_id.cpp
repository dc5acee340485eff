#include "domain/entry_id.hpp"

#include <cctype>
#include <charconv>

#include "domain/errors.hpp"
#include "domain/inputs.hpp"

namespace backcare::domain {

namespace {

char prefix_of(EntryId::Kind kind) {
  switch (kind) {
    case EntryId::Kind::pain: return 'p';
    case EntryId::Kind::done: return 'd';
    case EntryId::Kind::sign: return 's';
    case EntryId::Kind::tag: break;
  }
  return 't';
}

}  // namespace

const char* entry_kind_name(EntryId::Kind kind) {
  switch (kind) {
    case EntryId::Kind::pain: return "pain";
    case EntryId::Kind::done: return "done";
    case EntryId::Kind::sign: return "sign";
    case EntryId::Kind::tag: break;
  }
  return "tag";
}

std::optional<EntryId::Kind> entry_kind_of(std::string_view name) {
  for (const auto kind : {EntryId::Kind::pain, EntryId::Kind::done, EntryId::Kind::sign, EntryId::Kind::tag}) {
    if (name == entry_kind_name(kind)) return kind;
  }
  return std::nullopt;
}

std::string format_entry_id(EntryId id) { return prefix_of(id.kind) + std::to_string(id.row); }

EntryId parse_entry_id(std::string_view text) {
  const auto refuse = [text] {
    return UserError("invalid entry id '" + quote_for_message(text) +
                     "': accepted p, d, s or t and a number, as 'backcare history' shows them (p12, d7, s3, t4)");
  };
  if (text.size() < 2) throw refuse();
  const char prefix = char(std::tolower(static_cast<unsigned char>(text.front())));
  constexpr std::string_view kPrefixes = "pdst";
  const auto at = kPrefixes.find(prefix);
  if (at == std::string_view::npos) throw refuse();
  const auto digits = text.substr(1);
  // Digits only: from_chars alone would take "+1" or stop quietly at "12x".
  for (const char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) throw refuse();
  }
  std::int64_t row = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), row);
  if (error != std::errc{} || end != digits.data() + digits.size() || row < 1) throw refuse();
  constexpr EntryId::Kind kKinds[] = {EntryId::Kind::pain, EntryId::Kind::done, EntryId::Kind::sign, EntryId::Kind::tag};
  return {kKinds[at], row};
}

}  // namespace backcare::domain

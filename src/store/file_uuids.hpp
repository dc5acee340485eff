#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backcare::store {

/// The UUIDs of a file's rows, 16 bytes each (2 MB for a 50-year diary), to find one given to two rows.
/// Kept in memory rather than staged, since most rows of a merge are held by the diary and never staged.
class FileUuids {
 public:
  /// Notes a UUID in its text form (checked by then: 36 characters, lower-case hex and hyphens).
  void add(std::string_view uuid);
  /// A UUID given twice, if any, in its text form.
  std::optional<std::string> repeated();

 private:
  /// A UUID's 128 bits as two numbers, high half first: sorted as fast as numbers, in the text's order.
  using Bits = std::array<std::uint64_t, 2>;
  std::vector<Bits> seen_;
};

}  // namespace backcare::store

#pragma once

namespace backcare::domain {

/// What a merge did with one file's rows (entries, routines, settings and tombstones), each counted once:
/// a row the diary lacked was added, a newer version replaced the diary's, a newer tombstone deleted the
/// diary's row; every other row changed nothing (the diary's version was as new or newer).
struct MergeCounts {
  int added = 0;
  int updated = 0;
  int deleted = 0;
  int unchanged = 0;

  friend bool operator==(const MergeCounts&, const MergeCounts&) = default;
};

}  // namespace backcare::domain

#pragma once

namespace backcare::transfer {

/// The JSON layout's version: a reader refuses a file from a newer one rather than guess.
/// 5 carries tags: an entry's `tags` and the days' tags as entries of kind `tag` (issue 29);
/// 4 carries each row's identity and version, setting objects and the tombstones (issue 28);
/// 3 carries a pain entry's regions ("where") and the signs (issue 27); 2, each entry's clock time; 1 did
/// not. 1 to 4 are still read, and merge takes 4 and 5 (every row with its identity).
inline constexpr int kExportFormatVersion = 5;

}  // namespace backcare::transfer

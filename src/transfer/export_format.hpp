#pragma once

namespace backcare::transfer {

/// The JSON layout's version: a reader refuses a file from a newer one rather than guess.
/// 4 carries each row's identity and version, setting objects and the tombstones (issue 28);
/// 3 carries a pain entry's regions ("where") and the signs (issue 27); 2, each entry's clock time; 1 did
/// not. 1, 2 and 3 are still read.
inline constexpr int kExportFormatVersion = 4;

}  // namespace backcare::transfer

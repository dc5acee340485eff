#pragma once

namespace backcare::transfer {

/// The JSON layout's version: a reader refuses a file from a newer one rather than guess.
/// 3 carries a pain entry's regions ("where") and the signs (issue 27); 2, each entry's clock time; 1 did
/// not. 1 and 2 are still read.
inline constexpr int kExportFormatVersion = 3;

}  // namespace backcare::transfer

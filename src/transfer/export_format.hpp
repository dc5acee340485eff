#pragma once

namespace backcare::transfer {

/// The JSON layout's version: a reader refuses a file from a newer one rather than guess.
/// 2 carries each entry's clock time; 1 did not, and is still read.
inline constexpr int kExportFormatVersion = 2;

}  // namespace backcare::transfer

#pragma once
#include <ostream>

#include "commands/support/result.hpp"
#include "render/style.hpp"

namespace backcare::app {

/// Writes a command's result: its text or JSON on `out`, or, for a document (an export, a report) bound
/// for a file, the file (0600, written whole) and then the words that say so. A document bound for `out`
/// sends what goes beside it (the pointer to the red flags beside a calendar) to `err`. A view that
/// render says is a failure (check finding damage) throws StorageError after it is written: exit 1.
void write_result(const commands::Result& result, bool json, const render::Style& style, std::ostream& out,
                  std::ostream& err);

}  // namespace backcare::app

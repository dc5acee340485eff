#pragma once
#include <cstddef>
#include <optional>

#include "domain/entry_sink.hpp"
#include "domain/progress.hpp"
#include "store/store.hpp"

namespace backcare::commands {

/// The diary's entries as an export writes them, each counted on `progress` ("exporting", `count` in
/// all). Read as the document is written, after the command returns: with `store` still open and its one
/// read transaction held, so they are the diary as the export's count and extras saw it. With `range`, only
/// the entries of its days.
domain::EntrySource diary_entries(store::Store& store, domain::Progress& progress, std::size_t count,
                                  std::optional<domain::DateRange> range = std::nullopt);

}  // namespace backcare::commands

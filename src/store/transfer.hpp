#pragma once
#include <chrono>
#include <string>
#include <vector>

#include "domain/day.hpp"
#include "domain/export_files.hpp"
#include "store/store.hpp"

namespace backcare::store {

/// Every entry (in export order), every user routine and every setting: what `export` writes.
domain::DiaryExport read_diary(Store& store);

/// What an import added, and what it left as it was.
struct ImportCounts {
  int pain_added = 0;
  int done_added = 0;
  int already_held = 0;    ///< entries of the file the diary already had
  int routines_added = 0;
  int settings_added = 0;
  std::vector<std::string> settings_kept;  ///< keys the diary had with another value: the diary's value stays
};

/// Adds checked `data` in one transaction: user routines and settings the diary lacks (a setting it has is
/// never changed), then the entries the diary does not already hold (see domain::surplus_rows), their
/// local time derived with `utc_offset`. Imported entries belong to no action, so `undo` leaves them.
ImportCounts import_diary(Store& store, const domain::DiaryExport& data, std::chrono::seconds utc_offset);

}  // namespace backcare::store

#pragma once
#include <string>
#include <vector>

namespace backcare::domain {

/// What an import added, and what it left as it was.
struct ImportCounts {
  int pain_added = 0;
  int done_added = 0;
  int signs_added = 0;
  int tags_added = 0;      ///< days' tags (issue 29)
  /// Tags of the file the diary did not hold before, on a day or an entry: made by the import.
  std::vector<std::string> tags_new;
  int already_held = 0;    ///< entries of the file the diary already had
  int routines_added = 0;
  int settings_added = 0;
  int tombstones_added = 0;  ///< deletions made elsewhere that the diary had not heard of (JSON format 4)
  std::vector<std::string> settings_kept;  ///< keys the diary had with another value: the diary's value stays
  /// Routines a CSV file's rows named that neither the diary nor the file defined, made from their slugs
  /// (a CSV has no place for a routine's name): counted in routines_added too.
  std::vector<std::string> routines_from_slugs;
};

}  // namespace backcare::domain

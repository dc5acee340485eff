#include "transfer/export_files.hpp"

#include "domain/inputs.hpp"
#include "transfer/row_checks.hpp"

namespace backcare::transfer {

using domain::Day;
using domain::is_routine_slug;

void check_export(ReadExport& read, std::set<std::string> known_slugs, Day today) {
  for (std::size_t i = 0; i < read.data.routines.size(); ++i) {
    const auto& routine = read.data.routines[i];
    check_routine(routine, read.routine_places[i], read.problems);
    if (is_routine_slug(routine.slug)) known_slugs.insert(routine.slug);
  }
  for (auto& [key, value] : read.data.settings) {
    if (auto stored = check_setting(key, value, today, read.problems)) value = *stored;
  }
  for (std::size_t i = 0; i < read.data.entries.size(); ++i) {
    check_entry(read.data.entries[i], read.entry_places[i], known_slugs, read.problems);
    check_entry_day(read.data.entries[i], read.entry_places[i], today, read.problems);
  }
}

}  // namespace backcare::transfer

#include "commands/support/export_source.hpp"

#include "commands/support/progress_sinks.hpp"
#include "store/faults.hpp"

namespace backcare::commands {

domain::EntrySource diary_entries(store::Store& store, domain::Progress& progress, std::size_t count,
                                  std::optional<domain::DateRange> range) {
  return [&store, &progress, count, range](domain::EntrySink& sink) {
    const domain::ProgressRun shown(progress, "exporting", count);
    CountingEntrySink counted(sink, progress);
    store::run_translating_faults([&] { store.export_entries(counted, range); }, &store, store.path());
  };
}

}  // namespace backcare::commands

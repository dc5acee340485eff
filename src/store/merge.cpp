#include <SQLiteCpp/Database.h>

#include <set>

#include "store/check.hpp"
#include "store/clock.hpp"
#include "store/import_entries.hpp"
#include "store/import_sink.hpp"
#include "store/merge_rows.hpp"
#include "store/store.hpp"
#include "store/undo_steps.hpp"
#include "store/write_step.hpp"

namespace backcare::store {
namespace {

/// One file merged into the diary inside the merge's transaction; its problems, if any, and nothing
/// changed by it then (the caller rolls the whole merge back).
transfer::ProblemList merge_one(SQLite::Database& db, const ExportReader& read, std::set<std::string> diary_slugs,
                                const domain::EntryPlaceKinds& kinds, const domain::Zone& zone, domain::Day today,
                                std::int64_t action, const std::string& logged_at, domain::MergeCounts& counts) {
  StagedEntries staged(db, action, zone, HeldWhen::version_as_late);
  ImportSink sink(db, std::move(diary_slugs), kinds, today, staged, false, true);
  read(sink);
  auto problems = sink.finish();
  if (!problems.empty()) return problems;
  const int rows = staged.rows_read() + sink.tombstones_read() + int(sink.routines().size()) +
                   int(sink.settings().size());
  // This diary's next change must be later than every change it has now seen.
  witness_stamp(db, latest_staged_stamp(db));
  witness_stamp(db, staged.latest_held_stamp());
  for (const auto& routine : sink.routines()) witness_stamp(db, routine.version.stamp);
  for (const auto& [key, version] : sink.setting_versions()) witness_stamp(db, version.stamp);
  // Routines first: the file's done rows may name one of its own.
  merge_routines(db, sink.routines(), action, counts);
  merge_settings(db, sink.settings(), sink.setting_versions(), action, counts);
  staged.merge_versions(counts, logged_at);
  merge_tombstones(db, action, logged_at, counts);
  counts.unchanged = rows - counts.added - counts.updated - counts.deleted;
  return problems;
}

}  // namespace

std::string Store::device() const { return device_id(*db_); }

MergeOutcome Store::merge(const std::vector<ExportReader>& files, const domain::Zone& zone, domain::Day today,
                          const std::string& logged_at) {
  refuse_if_damaged(*db_, db_->getFilename());
  WriteStep step(*db_);
  const auto action = record_action("merge", logged_at);
  MergeOutcome outcome;
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::set<std::string> diary_slugs;
    for (auto& routine : routines(true)) diary_slugs.insert(std::move(routine.slug));
    domain::MergeCounts counts;
    auto problems = merge_one(*db_, files[i], std::move(diary_slugs), place_kinds_, zone, today, action, logged_at, counts);
    if (!problems.empty()) {
      // Refused whole: the step is not committed, so nothing of the files before stays either.
      outcome.problems = std::move(problems);
      outcome.refused_file = i;
      outcome.counts.clear();
      return outcome;
    }
    outcome.counts.push_back(counts);
  }
  int changed = 0;
  for (const auto& counts : outcome.counts) changed += counts.added + counts.updated + counts.deleted;
  // A merge that changed nothing is no step for undo to take back.
  if (changed == 0) run_bound(*db_, "DELETE FROM action WHERE id = ?", action);
  step.commit();
  return outcome;
}

}  // namespace backcare::store

#include "commands/support/merge_files.hpp"

#include <limits>

#include "commands/support/progress_sinks.hpp"
#include "commands/support/redflags_now.hpp"
#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "store/store.hpp"
#include "store/user_file.hpp"
#include "transfer/export_stream.hpp"
#include "transfer/problem_list.hpp"

namespace backcare::commands {

views::MergeView merge_files(const std::vector<std::filesystem::path>& files, Env& env) {
  std::vector<store::ExportReader> readers;
  for (const auto& path : files) {
    if (path.extension() == ".csv") {
      throw UserError("cannot merge " + domain::quoted_path(path.string()) +
                      ": accepted JSON exports of format_version 4 or 5 (a CSV has no identities; 'backcare import' takes it)");
    }
    // Opened when the merge comes to it, inside its transaction, and streamed: as an import reads.
    readers.push_back([path, &env](domain::ExportSink& sink) {
      store::UserFile file(path, std::numeric_limits<std::size_t>::max());
      const domain::ProgressRun shown(*env.progress, "merging", std::nullopt);
      CountingExportSink counted(sink, *env.progress);
      transfer::stream_json_export(file.stream(), counted);
    });
  }
  // No day is "in the future" here: the other device's clock may be ahead of this one's, and its rows
  // were checked against its own today when they were made.
  auto outcome = env.db().merge(readers, env.zone, domain::Day::max(), domain::utc_text(env.now));
  if (!outcome.problems.empty()) {
    throw UserError(transfer::problems_message(files[outcome.refused_file].string(), outcome.problems, "nothing merged"));
  }
  views::MergeView view;
  for (const auto& path : files) view.files.push_back(path.string());
  view.counts = std::move(outcome.counts);
  // Asked after the merge, as every write asks after its own: what came in counts.
  view.due = redflags_now(env);
  return view;
}

}  // namespace backcare::commands

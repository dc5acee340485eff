#include <limits>

#include "commands/registry.hpp"
#include "commands/support/progress_sinks.hpp"
#include "commands/support/transfer_paths.hpp"
#include "domain/errors.hpp"
#include "store/store.hpp"
#include "store/user_file.hpp"
#include "transfer/export_stream.hpp"
#include "transfer/problem_list.hpp"

namespace backcare::commands {
namespace {

/// No cap on the file's size: the reading is streamed and every field, string, number and element is
/// bounded, so a file of any size imports in the same few MiB, and every export must come back in, as a
/// diary has no size limit (a million entries make a 240 MB JSON file). A file that is no export is
/// refused at its first bad record, not at a size.
constexpr std::size_t kNoSizeLimit = std::numeric_limits<std::size_t>::max();

struct ImportArgs {
  std::string file;
  std::optional<std::string> format;
};

views::ImportView run(const ImportArgs& args, Env& env) {
  const std::filesystem::path path = args.file;
  const auto format = choose_format(args.format, path, std::nullopt);
  store::UserFile file(path, kNoSizeLimit);
  // Read as the store checks and stages it, inside its one transaction: no row is held in memory.
  const auto read = [&](domain::ExportSink& sink) {
    const domain::ProgressRun shown(*env.progress, "importing", std::nullopt);
    CountingExportSink counted(sink, *env.progress);
    if (format == "csv") transfer::stream_csv_export(file.stream(), counted);
    else transfer::stream_json_export(file.stream(), counted);
  };
  // A CSV has no place for her routines: each slug its rows name that the diary lacks becomes one.
  const auto unknown = format == "csv" ? store::Store::UnknownSlugs::make_routines : store::Store::UnknownSlugs::refuse;
  auto outcome = env.db().import(read, env.zone, env.calendar_today, domain::utc_text(env.now), unknown);
  if (!outcome.problems.empty()) throw UserError(transfer::problems_message(args.file, outcome.problems));
  return {args.file, format, outcome.counts};
}

}  // namespace

Command import_command() {
  return command<ImportArgs>(
      {"import", "Add the entries of an export file; one bad row and nothing is written",
       "  backcare import diary.csv\n  backcare import old-phone.json\n\n"
       "Every row is checked first: one bad row and nothing is written. Entries the diary already holds are\n"
       "not added again, so importing a file twice adds nothing the second time. Settings you already have\n"
       "are kept. 'backcare undo' takes the whole import back: its entries, routines and settings."},
      Diary::writes, Output::text_or_json,
      {{.name = "file", .help = "A file written by 'backcare export'", .field = &ImportArgs::file, .required = true},
       {.name = "--format", .help = "csv or json (default: from the file's name)", .field = &ImportArgs::format,
        .type_name = "FORMAT"}},
      run);
}

}  // namespace backcare::commands

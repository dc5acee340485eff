#include "commands/registry.hpp"
#include "commands/support/export_source.hpp"
#include "commands/support/transfer_paths.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct ExportArgs {
  std::optional<std::string> format, out;
};

views::ExportView run(const ExportArgs& args, Env& env) {
  auto out = args.out;
  if (out && means_stdout(*out)) out.reset();
  std::optional<std::filesystem::path> file;
  if (out) file = *out;
  // To stdout there is no file name to go by: CSV, the format every spreadsheet opens.
  const auto format = choose_format(args.format, file, file ? std::nullopt : std::optional<std::string>("csv"));
  if (file) check_output_path(*file, env, "--out", "leave out --out, or give -, to write to stdout");
  auto& store = env.db();
  const auto count = store.count_entries();
  // Rows written to her terminal show themselves: a progress line there would be torn by them.
  auto& progress = file || !env.output_is_terminal ? *env.progress : domain::no_progress();
  return {store.read_export_extras(), count, diary_entries(store, progress, count), out, format};
}

}  // namespace

Command export_command() {
  // No --json: the export is the data.
  return command<ExportArgs>(
      {"export", "Write every entry, your routines and settings as CSV or JSON, to stdout or a file",
       "  backcare export --out diary.csv\n  backcare export --format json > diary.json\n\n"
       "CSV holds the entries; JSON also holds your own routines and settings. A file written with --out is\n"
       "readable by you only (mode 0600) and replaced whole, never half written."},
      Diary::reads, Output::text,
      {{.name = "--format", .help = "csv or json (default: from --out's name, else csv)", .field = &ExportArgs::format,
        .type_name = "FORMAT"},
       {.name = "--out", .help = "Write to this file instead of stdout (- is stdout)", .field = &ExportArgs::out, .type_name = "FILE"}},
      run);
}

}  // namespace backcare::commands

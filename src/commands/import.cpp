#include <set>

#include "commands/registry.hpp"
#include "commands/transfer_paths.hpp"
#include "domain/errors.hpp"
#include "domain/export_files.hpp"
#include "domain/row_checks.hpp"
#include "store/files.hpp"

namespace backcare::commands {
namespace {

/// Far beyond a lifetime of diary entries, and small enough to read into memory at once.
constexpr std::size_t kMaxImportBytes = std::size_t(64) << 20;

struct ImportArgs {
  std::string file;
  std::optional<std::string> format;
};

/// Checks everything read against the diary's routines (see domain::check_export).
void check_all(domain::ReadExport& read, Env& env) {
  std::set<std::string> known;
  for (const auto& routine : env.db().routines(true)) known.insert(routine.slug);
  domain::check_export(read, std::move(known), env.calendar_today);
}

reports::ImportView run(const ImportArgs& args, Env& env) {
  const std::filesystem::path file = args.file;
  const auto format = choose_format(args.format, file, std::nullopt);
  const auto text = store::read_user_file(file, kMaxImportBytes);
  auto read = format == "csv" ? domain::read_csv_export(text) : domain::read_json_export(text);
  check_all(read, env);
  if (!read.problems.empty()) throw UserError(domain::problems_message(args.file, read.problems));
  // A file of format 1 has no clock times: each comes from its logged_at, before duplicates are sought.
  domain::fill_times(read.data.entries, env.zone);
  return {args.file, format, env.db().import(read.data, env.zone, domain::utc_text(env.now))};
}

}  // namespace

Command import_command() {
  return command<ImportArgs>(
      {"import", "Add the entries of an export file; one bad row and nothing is written",
       "  backcare import diary.csv\n  backcare import old-phone.json\n\n"
       "Every row is checked first: one bad row and nothing is written. Entries the diary already holds are\n"
       "not added again, so importing a file twice adds nothing the second time. Settings you already have\n"
       "are kept. 'backcare undo' does not reverse an import: it reverses the last command before it."},
      Diary::writes, Output::text_or_json,
      {{.name = "file", .help = "A file written by 'backcare export'", .field = &ImportArgs::file, .required = true},
       {.name = "--format", .help = "csv or json (default: from the file's name)", .field = &ImportArgs::format,
        .type_name = "FORMAT"}},
      run);
}

}  // namespace backcare::commands

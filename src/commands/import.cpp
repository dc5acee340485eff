#include <set>

#include "commands/commands.hpp"
#include "commands/transfer_paths.hpp"
#include "domain/errors.hpp"
#include "domain/export_files.hpp"
#include "domain/row_checks.hpp"
#include "store/files.hpp"
#include "store/transfer.hpp"

namespace backcare::commands {
namespace {

/// Far beyond a lifetime of diary entries, and small enough to read into memory at once.
constexpr std::size_t kMaxImportBytes = std::size_t(64) << 20;

/// Checks everything read, appending to read.problems, and puts settings in their stored form.
void check_all(domain::ReadExport& read, Env& env) {
  std::set<std::string> known;
  for (const auto& routine : env.db().routines(true)) known.insert(routine.slug);
  for (std::size_t i = 0; i < read.data.routines.size(); ++i) {
    const auto& routine = read.data.routines[i];
    domain::check_routine(routine, read.routine_places[i], read.problems);
    if (domain::is_routine_slug(routine.slug)) known.insert(routine.slug);
  }
  for (auto& [key, value] : read.data.settings) {
    if (auto stored = domain::check_setting(key, value, env.today, read.problems)) value = *stored;
  }
  for (std::size_t i = 0; i < read.data.entries.size(); ++i) {
    domain::check_entry(read.data.entries[i], read.entry_places[i], known, read.problems);
  }
}

}  // namespace

reports::ImportView run(const cli::ImportArgs& args, Env& env) {
  const std::filesystem::path file = args.file;
  const auto format = choose_format(args.format, file, std::nullopt);
  const auto text = store::read_user_file(file, kMaxImportBytes);
  auto read = format == "csv" ? domain::read_csv_export(text) : domain::read_json_export(text);
  check_all(read, env);
  if (!read.problems.empty()) throw UserError(domain::problems_message(args.file, read.problems));
  const auto utc_offset = std::chrono::duration_cast<std::chrono::seconds>(env.now.local.time_since_epoch() -
                                                                          env.now.utc.time_since_epoch());
  return {args.file, format, store::import_diary(env.db(), read.data, utc_offset)};
}

}  // namespace backcare::commands

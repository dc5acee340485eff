#include <set>

#include "commands/commands.hpp"
#include "commands/transfer_paths.hpp"
#include "domain/errors.hpp"
#include "domain/export_files.hpp"
#include "domain/row_checks.hpp"
#include "store/files.hpp"

namespace backcare::commands {
namespace {

/// Far beyond a lifetime of diary entries, and small enough to read into memory at once.
constexpr std::size_t kMaxImportBytes = std::size_t(64) << 20;

/// Checks everything read against the diary's routines (see domain::check_export).
void check_all(domain::ReadExport& read, Env& env) {
  std::set<std::string> known;
  for (const auto& routine : env.db().routines(true)) known.insert(routine.slug);
  domain::check_export(read, std::move(known), env.today);
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
  return {args.file, format, env.db().import(read.data, utc_offset)};
}

}  // namespace backcare::commands

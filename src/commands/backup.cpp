#include "commands/commands.hpp"
#include "commands/transfer_paths.hpp"
#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"

namespace backcare::commands {

reports::BackupView run(const cli::BackupArgs& args, Env& env) {
  const std::filesystem::path target = args.file;
  check_output_path(target, env, "FILE");
  std::error_code error;
  if (!args.force && std::filesystem::exists(std::filesystem::symlink_status(target, error))) {
    throw UserError(domain::quoted_path(args.file) + " already exists: accepted a new file, or --force to replace it");
  }
  return {args.file, env.db().backup_to(target)};
}

}  // namespace backcare::commands

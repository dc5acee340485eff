#include "commands/registry.hpp"
#include "commands/support/transfer_paths.hpp"
#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct BackupArgs {
  std::string file;
  bool force = false;
};

views::BackupView run(const BackupArgs& args, Env& env) {
  require_diary_file(env, "back up");
  if (means_stdout(args.file)) {
    // The copy is checked on disk before it replaces FILE, and SQLite writes pages out of order: it
    // needs a file it can seek in and reopen, which a pipe or a terminal is not.
    throw UserError("invalid FILE " + domain::quoted_path(args.file) +
                    ": a backup is a diary file, not text for stdout; accepted a file path (./- for a file named -)");
  }
  const std::filesystem::path target = args.file;
  check_output_path(target, env, "FILE");
  std::error_code error;
  if (!args.force && std::filesystem::exists(std::filesystem::symlink_status(target, error))) {
    throw UserError(domain::quoted_path(args.file) + " already exists: accepted a new file, or --force to replace it");
  }
  return {args.file, env.db().backup_to(target)};
}

}  // namespace

Command backup_command() {
  return command<BackupArgs>(
      {"backup", "Copy the diary to a file, safely even while another backcare writes",
       "  backcare backup ~/backcare-2026-11-26.db\n  backcare backup /media/usb/backcare.db --force\n\n"
       "The copy is a whole SQLite diary, readable by you only (mode 0600): open it with --db FILE."},
      Diary::reads, Output::text_or_json,
      {{.name = "file", .help = "Where the copy goes", .field = &BackupArgs::file, .required = true},
       {.name = "--force", .help = "Replace FILE if it exists", .field = &BackupArgs::force}},
      run);
}

}  // namespace backcare::commands

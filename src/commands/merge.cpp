#include "commands/registry.hpp"
#include "commands/support/merge_files.hpp"

namespace backcare::commands {
namespace {

struct MergeArgs {
  std::vector<std::string> files;
};

views::MergeView run(const MergeArgs& args, Env& env) {
  std::vector<std::filesystem::path> files(args.files.begin(), args.files.end());
  return merge_files(files, env);
}

}  // namespace

Command merge_command() {
  return command<MergeArgs>(
      {"merge", "Merge your other devices' JSON exports: the later version of each entry wins",
       "  backcare merge laptop.json\n  backcare merge phone.json tablet.json\n\n"
       "Reads JSON exports (format_version 4 or 5) of the same diary kept on another device. For every entry, sign,\n"
       "routine of yours and setting, the version changed last is kept: an entry the diary lacks is added, a\n"
       "later edit replaces the diary's, a later delete removes it, an older version changes nothing, and an\n"
       "edit made after a delete brings the entry back. Merging a file twice changes nothing the second time.\n"
       "Every row is checked first: one bad row and nothing is written. One step of 'backcare undo'. For two\n"
       "devices sharing a synced folder, 'backcare sync DIR' does this and writes this device's file."},
      Diary::writes, Output::text_or_json,
      {{.name = "files", .help = "JSON exports of this diary from your other devices", .field = &MergeArgs::files,
        .type_name = "FILE", .required = true}},
      run);
}

}  // namespace backcare::commands

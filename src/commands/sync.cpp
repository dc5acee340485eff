#include <algorithm>
#include <system_error>

#include "commands/registry.hpp"
#include "commands/support/export_source.hpp"
#include "commands/support/merge_files.hpp"
#include "commands/support/transfer_paths.hpp"
#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "store/store.hpp"

namespace backcare::commands {
namespace {

struct SyncArgs {
  std::string folder;
};

constexpr std::string_view kPrefix = "backcare-", kSuffix = ".json";

/// The other devices' files in `folder`, by name: backcare-*.json but this device's own. Hidden files
/// (a sync tool's or backcare's own temporaries start with a dot) never match.
std::vector<std::filesystem::path> other_devices(const std::filesystem::path& folder, const std::filesystem::path& own) {
  std::vector<std::filesystem::path> found;
  for (const auto& item : std::filesystem::directory_iterator(folder)) {
    const auto name = item.path().filename().string();
    if (!name.starts_with(kPrefix) || !name.ends_with(kSuffix) || item.path().filename() == own.filename()) continue;
    found.push_back(item.path());
  }
  std::sort(found.begin(), found.end());
  return found;
}

void refuse_bad_folder(const std::filesystem::path& folder, const Env& env) {
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) {
    throw UserError("no folder " + domain::quoted_path(folder.string()) +
                    ": accepted an existing folder that a sync tool (Syncthing, Nextcloud) or a USB stick shares");
  }
  const auto diary = std::filesystem::path(env.db().path());
  if (!diary.empty() && std::filesystem::equivalent(diary.parent_path().empty() ? "." : diary.parent_path(), folder, error)) {
    throw UserError("the diary itself is in " + domain::quoted_path(folder.string()) +
                    ": accepted a folder without it (a sync tool copying a live SQLite file makes conflicted copies; "
                    "keep the diary outside and let only the backcare-*.json files travel)");
  }
}

views::SyncView run(const SyncArgs& args, Env& env) {
  const std::filesystem::path folder = args.folder;
  refuse_bad_folder(folder, env);
  auto& store = env.db();
  const auto own = folder / (std::string(kPrefix) + store.device() + std::string(kSuffix));
  check_output_path(own, env, "DIR");
  // Merged first, so this device's file relays what it learnt from the others: a third device then needs
  // only one of them.
  auto merged = merge_files(other_devices(folder, own), env);
  const auto count = store.count_entries();
  return {args.folder, std::move(merged), {store.read_export_extras(), count, diary_entries(store, *env.progress, count), own.string(), "json", std::nullopt}};
}

}  // namespace

Command sync_command() {
  return command<SyncArgs>(
      {"sync", "Keep this diary in step with your other devices through a shared folder",
       "  backcare sync ~/Sync/backcare\n\n"
       "Merges every other device's file in DIR (backcare-*.json) as 'backcare merge' does, then writes this\n"
       "device's own export to DIR/backcare-<device>.json (readable by you only, replaced whole). Each file has\n"
       "one writer, so a sync tool (Syncthing, Nextcloud, a USB stick) never sees a conflict. Keep the diary\n"
       "itself outside DIR. One step of 'backcare undo' takes the merge back."},
      Diary::writes, Output::text_or_json,
      {{.name = "folder", .help = "A folder your devices share", .field = &SyncArgs::folder, .type_name = "DIR",
        .required = true}},
      run);
}

}  // namespace backcare::commands

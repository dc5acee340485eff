#include "app/open_diary.hpp"

#include "domain/errors.hpp"
#include "domain/terminal_text.hpp"
#include "store/faults.hpp"
#include "store/files.hpp"

namespace backcare::app {
namespace {

/// False only when nothing is at `path`: a file that cannot be looked at is left for open_file to explain.
bool anything_at(const std::filesystem::path& path) {
  std::error_code error;
  return std::filesystem::symlink_status(path, error).type() != std::filesystem::file_type::not_found;
}

}  // namespace

OpenDiary open_diary(const DiaryPlace& place, commands::Diary use, const content::Content& content) {
  // SQLite would fail on a FIFO or directory with a vague "disk I/O error", or as root open a device and
  // leave a NAME-journal beside it: refused first, by the check every output path gets too.
  if (const auto kind = store::special_file_kind(place.path)) {
    throw StorageError("the diary " + domain::quoted_path(place.path.string()) + " is " + *kind + ", not a file");
  }
  if (use == commands::Diary::writes || anything_at(place.path)) {
    const auto access = use == commands::Diary::writes ? store::Store::Access::write : store::Store::Access::read;
    auto store = store::Store::open_file(place.path, content, access);
    if (use == commands::Diary::writes) store::run_translating_faults([&] { store.lock_for_command(); });
    return {std::move(store), std::nullopt};
  }
  const auto folder = place.path.parent_path();
  std::error_code error;
  if (place.named && !folder.empty() && !std::filesystem::is_directory(folder, error)) {
    throw StorageError("no folder " + domain::quoted_path(folder.string()) + " for the diary");
  }
  return {store::Store::open_memory(content), place.path};
}

}  // namespace backcare::app

#pragma once
#include <filesystem>
#include <optional>

#include "app/setup.hpp"
#include "commands/support/command.hpp"
#include "content/content.hpp"
#include "store/store.hpp"

namespace backcare::app {

/// The diary a command runs on.
struct OpenDiary {
  store::Store store;
  /// The place, when no diary file is there yet and `store` is an empty stand-in in memory.
  std::optional<std::filesystem::path> absent;
};

/// Opens the diary for a command that `use`s it. A command that writes opens the file, creating it and
/// its folders, as the first entry must. A command that only reads never creates anything: with no file
/// yet it runs on an empty diary in memory, unless the place was named (--db, BACKCARE_DB) in a folder
/// that does not exist, which is refused (StorageError) as the typo it most likely is. A place that is a
/// directory, FIFO, device or socket is refused (StorageError) before SQLite opens it, so nothing is made
/// beside it.
OpenDiary open_diary(const DiaryPlace& place, commands::Diary use, const content::Content& content);

}  // namespace backcare::app

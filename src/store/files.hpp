#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace backcare::store {

/// Replaces `target` with `text` so that a crash leaves the old file or the whole new one, never a part:
/// a temporary file mode 0600 beside it, written, fsynced and renamed over it. StorageError on failure,
/// with the temporary file removed.
void write_file_atomically(const std::filesystem::path& target, std::string_view text);

/// A new, empty temporary file mode 0600 in `target`'s directory, named after it, for a copy that is
/// renamed over `target` once complete. StorageError when it cannot be made.
std::filesystem::path private_file_beside(const std::filesystem::path& target);
/// Flushes `file` to disk, renames it to `target` and flushes the directory, so the rename survives a
/// power cut. Removes `file` and throws StorageError on failure.
void commit_file(const std::filesystem::path& file, const std::filesystem::path& target);

/// The whole of a file the user named, up to `limit` bytes. UserError when it is missing, unreadable,
/// a directory or larger.
std::string read_user_file(const std::filesystem::path& path, std::size_t limit);

/// True when `a` and `b` name the same existing file.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

}  // namespace backcare::store

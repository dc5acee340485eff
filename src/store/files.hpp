#pragma once
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace backcare::store {

/// Replaces `target` (through_links) with `text` so that a crash leaves the old file or the whole new
/// one, never a part: a PrivateFile beside it, written, fsynced and renamed over it. StorageError on
/// failure, with the temporary file removed.
void write_file_atomically(const std::filesystem::path& target, std::string_view text);
/// Where a file's text goes piece by piece.
using TextOut = std::function<void(std::string_view)>;
/// The same, with the text put piece by piece by `write` (an export as it is read), buffered: a file of
/// any size is written in bounded memory. What `write` throws removes the temporary file and goes on.
void write_file_atomically(const std::filesystem::path& target, const std::function<void(const TextOut&)>& write);


/// What `path` is when it exists and is not a regular file, as a message says it ("a FIFO", "a symlink to
/// a character device"); nullopt when it is a regular file, a symlink to one, or absent. An output is
/// written by a rename over its path, which would put a regular file in place of such a thing.
std::optional<std::string> special_file_kind(const std::filesystem::path& path);

/// Where an output named `path` is written: the file a symlink (or chain of them) to a regular file
/// points at, so that the link stays and the file it names gets the output; else `path` itself.
std::filesystem::path through_links(const std::filesystem::path& path);

/// True when `a` and `b` name the same file, whether it exists now or not: the same existing file (a
/// hard link too), or the same name in the same folder, symlinks on the way followed.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

}  // namespace backcare::store

#pragma once
#include <filesystem>
#include <string>

namespace backcare::serve {

/// The secret that lets a phone on her home network in: read from `serve-token` in `folder` (the
/// diary's), or made on first use and kept there, mode 0600, so the link she saved keeps working.
/// StorageError when the file cannot be read or made.
std::string serve_token(const std::filesystem::path& folder);

}  // namespace backcare::serve

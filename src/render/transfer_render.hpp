#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "render/style.hpp"
#include "reports/transfer_views.hpp"

namespace backcare::render {

// export, import, backup and check results -> text or JSON. An export to stdout is the document
// itself, unchanged, so it pipes cleanly; to a file, the text says what was written.

/// The export file's text, CSV or JSON, and the file it goes to (none: stdout).
std::string document(const reports::ExportView& view);
std::optional<std::string> document_file(const reports::ExportView& view);

/// What each command did, as the terminal shows it.
std::string text(const reports::ExportView& view, const Style& style);
std::string text(const reports::ImportView& view, const Style& style);
std::string text(const reports::BackupView& view, const Style& style);
std::string text(const reports::CheckView& view, const Style& style);
/// The error a run ends with after printing the view, exit 1: set when the check found damage.
std::optional<std::string> failure(const reports::CheckView& view);

/// What each command did, for --json.
nlohmann::json json(const reports::ExportView& view);
nlohmann::json json(const reports::ImportView& view);
nlohmann::json json(const reports::BackupView& view);
nlohmann::json json(const reports::CheckView& view);

}  // namespace backcare::render

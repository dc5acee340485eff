#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "render/style.hpp"
#include "views/transfer_views.hpp"

namespace backcare::render {

// export, import, backup and check results -> text or JSON. An export to stdout is the document
// itself, unchanged, so it pipes cleanly; to a file, the text says what was written.

/// The export file's text, CSV or JSON, and the file it goes to (none: stdout).
std::string document(const views::ExportView& view);
std::optional<std::string> document_file(const views::ExportView& view);
/// Nothing goes beside an export on stderr.
inline std::optional<std::string> document_aside(const views::ExportView&) { return std::nullopt; }

/// What each command did, as the terminal shows it.
std::string text(const views::ExportView& view, const Style& style);
std::string text(const views::ImportView& view, const Style& style);
std::string text(const views::BackupView& view, const Style& style);
std::string text(const views::CheckView& view, const Style& style);
/// The error a run ends with after printing the view, exit 1: set when the check found damage.
std::optional<std::string> failure(const views::CheckView& view);

/// What each command did, for --json.
nlohmann::json json(const views::ExportView& view);
nlohmann::json json(const views::ImportView& view);
nlohmann::json json(const views::BackupView& view);
nlohmann::json json(const views::CheckView& view);

}  // namespace backcare::render

#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "render/style.hpp"
#include "transfer/export_document.hpp"
#include "views/transfer_views.hpp"

namespace backcare::render {

// export, import, backup and check results -> text or JSON. An export to stdout is the document
// itself, unchanged, so it pipes cleanly; to a file, the text says what was written.

/// Writes the export file's text, CSV or JSON, to `out` piece by piece as the entries are read; and the
/// file it goes to (none: stdout).
void write_document(const views::ExportView& view, const transfer::TextOut& out);
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
std::string text(const views::MergeView& view, const Style& style);
nlohmann::json json(const views::MergeView& view);
/// `sync` writes its export to its file as `export --out` does, then says what it merged and wrote.
void write_document(const views::SyncView& view, const transfer::TextOut& out);
std::optional<std::string> document_file(const views::SyncView& view);
inline std::optional<std::string> document_aside(const views::SyncView&) { return std::nullopt; }
std::string text(const views::SyncView& view, const Style& style);
nlohmann::json json(const views::SyncView& view);
nlohmann::json json(const views::BackupView& view);
nlohmann::json json(const views::CheckView& view);

}  // namespace backcare::render

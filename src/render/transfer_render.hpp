#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "render/style.hpp"
#include "reports/transfer_views.hpp"

namespace backcare::render {

// export, import, backup and check results -> text or JSON. An export to stdout renders as the
// document itself, unchanged, so it pipes cleanly.

std::string text(const reports::ExportView& view, const Style& style);
std::string text(const reports::ImportView& view, const Style& style);
std::string text(const reports::BackupView& view, const Style& style);
std::string text(const reports::CheckView& view, const Style& style);

nlohmann::json json(const reports::ExportView& view);
nlohmann::json json(const reports::ImportView& view);
nlohmann::json json(const reports::BackupView& view);
nlohmann::json json(const reports::CheckView& view);

}  // namespace backcare::render

#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "render/style.hpp"
#include "views/report_views.hpp"

namespace backcare::render {

/// The report as one self-contained HTML page: inline CSS and SVG, no scripts, nothing fetched, so it
/// opens offline and prints on A4 or Letter.
std::string report_page_html(const reports::ReportPage& report);
/// The CSS inside the page's <style> element, exactly: the report tests check it once against this
/// rather than in every golden page.
std::string_view report_stylesheet();

/// The report's page, and the file it is written to.
std::string document(const views::ReportWritten& view);
std::optional<std::string> document_file(const views::ReportWritten& view);
/// Nothing goes beside the page on stderr: it carries its own pointer to the red flags.
inline std::optional<std::string> document_aside(const views::ReportWritten&) { return std::nullopt; }

/// Where the report was written, as the terminal shows it and for --json.
std::string text(const views::ReportWritten& view, const Style& style);
nlohmann::json json(const views::ReportWritten& view);

}  // namespace backcare::render

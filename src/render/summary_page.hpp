#pragma once
#include <string>
#include <string_view>

#include "reports/report_page.hpp"

namespace backcare::render {

/// `report --one-page`: the report's figures for its 4 weeks on one printed page, A4 or Letter, readable in
/// black and white. Self-contained like the report: inline CSS, no scripts, nothing fetched.
std::string summary_page_html(const reports::ReportPage& report);
/// The CSS inside the summary's <style> element, exactly, for the golden test as report_stylesheet.
std::string_view summary_stylesheet();

}  // namespace backcare::render

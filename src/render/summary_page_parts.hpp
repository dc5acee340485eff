#pragma once
#include <string>

#include "reports/report_page.hpp"

namespace backcare::render {

// The pieces of the one-page summary, each a fragment of markup; summary_page.cpp puts them together.
// Every piece of text from the diary passes through html_escape.

/// The 4 weeks of daily pain: a row per week, a cell per day with its mean and worst as numbers.
std::string summary_days(const reports::ReportPage& report);
/// Where it hurt: days per place as logged.
std::string summary_places(const reports::ReportPage& report);
/// The signs recorded, each once with the days it was recorded on.
std::string summary_signs(const reports::ReportPage& report);
/// Routines done: a row per routine, times (days) per week.
std::string summary_routines(const reports::ReportPage& report);
/// Tags with their days, on one line.
std::string summary_tags(const reports::ReportPage& report);
/// Weeks since birth, birth type and clearance on one line, and the routines held (named only).
std::string summary_settings(const reports::ReportPage& report);

}  // namespace backcare::render

#pragma once
#include <string>

#include "reports/report_page.hpp"

namespace backcare::render {

// The sections of the HTML report, each a fragment of markup; report_page.cpp puts them together.
// Every piece of text from the diary passes through html_escape.

/// The pain chart: daily points, the weekly mean line, the 7-10 band and the baseline week, in SVG.
std::string html_chart(const reports::ReportPage& report);
/// The routines calendar: a square per day of the range, weeks in columns, with its legend.
std::string html_calendar(const reports::ReportPage& report);
/// The summary of the change from the baseline, with its label.
std::string html_change(const reports::Trend& trend);
/// The week-by-week table.
std::string html_weeks(const reports::ReportPage& report);
/// Next-day pain after days with and without each routine (the routine rows of `patterns --next-day`).
std::string html_associations(const reports::Patterns& associations);
/// The settings the figures are read against, the red flags, and the notes written on entries.
std::string html_settings(const reports::ReportPage& report);
std::string html_redflags(const content::RedFlags& flags);
/// Where it hurt (a body outline shaded by days) and the signs recorded, with their dates: a section that
/// begins a printed page, with the red flags after it.
std::string html_where(const reports::ReportPage& report);
/// What else went on: a small table of the days each tag was on in the period; nothing when none was.
std::string html_tags(const reports::ReportPage& report);
std::string html_notes(const std::vector<reports::ReportNote>& notes, int day_starts_minutes);

/// A coordinate for SVG: one decimal, no locale.
std::string svg_number(double value);
/// "7 to 10": the severe band of the chart, from the rulebook.
std::string severe_band();
/// "7 Sep": a short day label for axes.
std::string short_day(domain::Day day);

}  // namespace backcare::render

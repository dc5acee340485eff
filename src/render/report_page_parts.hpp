#pragma once
#include <string>
#include <utility>
#include <vector>

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
/// The settings rows before the held routines: weeks since birth, birth type, cleared for exercise.
std::vector<std::pair<std::string, std::string>> birth_settings(const reports::ReportPage& report);
std::string html_redflags(const content::RedFlags& flags);
/// Where it hurt (a body outline shaded by days) and the signs recorded, with their dates: a section that
/// begins a printed page, with the red flags after it.
std::string html_where(const reports::ReportPage& report);
/// What else went on: a small table of the days each tag was on in the period; nothing when none was.
std::string html_tags(const reports::ReportPage& report);
std::string html_notes(const std::vector<reports::ReportNote>& notes, int day_starts_minutes);

/// The line under the title: the period, the day made, the scale, and that it is not medical advice.
std::string html_meta(const reports::ReportPage& report);
/// The pointer to the red flags when they are due now, saying where they are ("at the end of this
/// report"); empty when not due.
std::string html_due(const reports::ReportPage& report, const std::string& where_flags_are);
/// What the period held that calls for the red flags, in the past tense (it never says "now"): the latest
/// `most` of them.
std::string html_past(const reports::ReportPage& report, const std::string& where_flags_are,
                      std::size_t most = std::string::npos);
/// "2026-11-02 to 2026-11-26": the days reported on.
std::string period(const reports::ReportPage& report);

/// "Back of the pelvis, left": content's name of a shape's region, with its side.
std::string shape_name(const reports::ReportPage& report, const domain::Place& place);
/// The name content gives a sign's slug.
std::string sign_name(const reports::ReportPage& report, const std::string& slug);
/// The last words of every page the report makes: what it is, and what it is not.
inline constexpr const char* kReportFooter =
    "<footer>\n<p>A self-tracking summary, not a medical assessment. Made with backcare from the entries in one "
    "person's diary.</p>\n</footer>\n";

/// A coordinate for SVG: one decimal, no locale.
std::string svg_number(double value);
/// "7 to 10": the severe band of the chart, from the rulebook.
std::string severe_band();
/// "7 Sep": a short day label for axes.
std::string short_day(domain::Day day);

}  // namespace backcare::render

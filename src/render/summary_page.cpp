#include "render/summary_page.hpp"

#include "render/report_page_parts.hpp"
#include "render/summary_page_parts.hpp"

namespace backcare::render {
namespace {

// Black on white, as the report's: meaning is carried by numbers, words, weight and borders, never by
// colour or grey alone. No size for @page, so her printer's paper applies; the page is laid out to fit
// the smaller of A4 and Letter (A4's width, Letter's height), within the margins.
constexpr const char* kSummaryStyle = R"(
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 14px; line-height: 1.3;
  color: #000000; background: #ffffff; max-width: 50rem; margin: 1rem auto; padding: 0 1rem; }
h1 { font-size: 1.35rem; margin: 0 0 0.1rem; }
h2 { font-size: 1rem; margin: 0.55rem 0 0.2rem; border-bottom: 2px solid #000000; }
p, ul { margin: 0.2rem 0; }
ul { padding-left: 1.1rem; }
.meta, caption { color: #333333; }
caption { text-align: left; font-size: 0.85rem; padding-bottom: 0.2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #666666; padding: 0.1rem 0.3rem; text-align: left; vertical-align: top; }
thead th { background: #eeeeee; }
table.days { table-layout: fixed; }
table.days tbody th { font-weight: normal; font-size: 0.8rem; white-space: nowrap; }
table.days th:first-child { width: 5.2rem; }
table.days th:last-child { width: 6.5rem; }
table.days td { line-height: 1.15; }
td.day b, td.week b { display: block; font-size: 1.1rem; }
.date, .worst, .none { display: block; font-size: 0.75rem; white-space: nowrap; }
table.routines td, table.routines th { white-space: nowrap; }
td.severe { border: 3px solid #000000; }
td.severe .worst { font-weight: bold; }
td.out { border-style: dashed; }
td.week { background: #f2f2f2; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.cols { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1.2rem; }
.warn { border-left: 4px solid #000000; padding-left: 0.5rem; }
footer { margin-top: 0.4rem; border-top: 1px solid #666666; padding-top: 0.2rem; }
@page { margin: 12mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 8.5pt; }
  section, table, tr, ul, .cols { break-inside: avoid; }
}
)";

/// The past flags shown at most: the day grid boxes every severe day already.
constexpr std::size_t kPastShown = 3;
constexpr const char* kWhereFlagsAre = "in 'backcare redflags' or at the end of the full report";

std::string summary_head(const reports::ReportPage& report) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
         "<title>Back pain diary summary, " + period(report) + "</title>\n<style>" + kSummaryStyle +
         "</style>\n</head>\n";
}

std::string summary_pain(const reports::ReportPage& report) {
  return "<section class=\"pain\">\n<h2>Daily pain, 4 weeks</h2>\n" + summary_days(report) +
         "<h2>Week on week</h2>\n" + html_change(report.trend) + "</section>\n";
}

/// Notes are left out: any length, so they cannot be promised a place on one page, and a cut note can
/// lose the word that matters. The count says where they are.
std::string summary_notes(const reports::ReportPage& report) {
  if (report.notes.empty()) return {};
  const auto count = report.notes.size();
  return "<p>" + std::to_string(count) + (count == 1 ? " note" : " notes") +
         " written in this period: the full report (backcare report) lists them.</p>\n";
}

std::string summary_section(const std::string& title, const std::string& body) {
  return "<section>\n<h2>" + title + "</h2>\n" + body + "</section>\n";
}

std::string summary_logged(const reports::ReportPage& report) {
  const auto where = summary_section("Where it hurt, days", summary_places(report)) +
                     summary_section("Tags, days logged", summary_tags(report));
  const auto birth = summary_section("Birth and settings", summary_settings(report) + summary_notes(report));
  return "<div class=\"cols\">\n<div>\n" + where + "</div>\n" +
         summary_section("Routines done: times (days) per week", summary_routines(report)) +
         "</div>\n<div class=\"cols\">\n" + summary_section("Signs recorded, with their days", summary_signs(report)) +
         birth + "</div>\n";
}

}  // namespace

std::string_view summary_stylesheet() { return kSummaryStyle; }

std::string summary_page_html(const reports::ReportPage& report) {
  return summary_head(report) + "<body>\n<header>\n<h1>Back pain diary: 4 weeks on one page</h1>\n" +
         html_meta(report) +
         html_due(report, kWhereFlagsAre) + html_past(report, kWhereFlagsAre, kPastShown) + "</header>\n<main>\n" +
         summary_pain(report) + summary_logged(report) + "</main>\n" + kReportFooter + "</body>\n</html>\n";
}

}  // namespace backcare::render

#include "render/report_page.hpp"

#include <algorithm>

#include "domain/inputs.hpp"
#include "domain/terminal_text.hpp"
#include "render/html_escape.hpp"
#include "render/json_text.hpp"
#include "render/patterns_render.hpp"
#include "render/report_page_parts.hpp"
#include "render/rules_words.hpp"
#include "render/summary_page.hpp"

namespace backcare::render {
namespace {

// Colours pass WCAG AA on white: text #1a1a1a (17:1), muted #4d4d4d (8.5:1), warning #8b1a1a (9.3:1).
// No size is set for @page, so the same file prints on A4 and on Letter; each printed page's content
// fits the smaller of the two (A4's width, Letter's height).
constexpr const char* kStyle = R"(
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 15px; line-height: 1.45;
  color: #1a1a1a; background: #ffffff; max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.2rem; }
h2 { font-size: 1.2rem; margin: 1.4rem 0 0.5rem; border-bottom: 2px solid #1a1a1a; }
h3 { font-size: 1rem; margin: 0.8rem 0 0.2rem; }
.meta, caption, .legend { color: #4d4d4d; }
caption { text-align: left; font-size: 0.9rem; padding-bottom: 0.3rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid #8a8a8a; padding: 0.15rem 0.4rem; text-align: left; vertical-align: top; }
thead th { background: #ececec; }
table.weeks td { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.note { white-space: pre-wrap; overflow-wrap: anywhere; }
svg text { font-size: 12px; }
svg.calendar { max-width: 100%; height: auto; }
.calendar text { font-size: 11px; }
.legend { font-size: 0.9rem; }
.swatch { white-space: nowrap; margin-left: 0.5rem; }
.swatch svg { vertical-align: -2px; }
.warn { color: #8b1a1a; border-left: 4px solid #8b1a1a; padding-left: 0.6rem; }
figure { margin: 0; }
footer { margin-top: 2rem; border-top: 1px solid #8a8a8a; padding-top: 0.5rem; color: #4d4d4d; }
@page { margin: 12mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
  footer { margin-top: 0.8rem; }
  h2 { margin-top: 0.9rem; }
  p, ul { margin: 0.3rem 0; }
  .page { break-before: page; }
  figure, table, .tier, tr { break-inside: avoid; }
  /* The red flags, all four tiers, stay on one page with the notes after them. */
  .tier { line-height: 1.3; }
  .tier h3 { margin: 0.5rem 0 0.1rem; }
  .tier p, .tier ul { margin: 0.15rem 0; }
}
)";

constexpr const char* kAtTheEnd = "at the end of this report";

std::string head(const reports::ReportPage& report) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
         "<title>Back pain diary report, " + period(report) + "</title>\n<style>" + kStyle + "</style>\n</head>\n";
}

std::string page_header(const reports::ReportPage& report) {
  return "<header>\n<h1>Back pain diary report</h1>\n" + html_meta(report) +
         html_due(report, kAtTheEnd) + html_past(report, kAtTheEnd) + "</header>\n";
}

/// The pictures: the chart and the calendar, on the first page.
std::string pictures(const reports::ReportPage& report) {
  return "<section>\n<h2>Pain over time</h2>\n" + html_change(report.trend) + "<figure>\n" + html_chart(report) +
         "<figcaption class=\"legend\">Dots: each logged day's mean pain. Line with squares: the weekly mean. "
         "Shaded band: " + severe_band() + ", severe pain, a common convention: approximate, as the cut-offs vary "
         "between schemes. Dashed box: the baseline week.</figcaption>\n</figure>\n</section>\n"
         "<section>\n<h2>Routines done</h2>\n<figure>\n" + html_calendar(report) + "</figure>\n</section>\n";
}

std::string figures(const reports::ReportPage& report) {
  return "<section class=\"page\">\n<h2>Week by week</h2>\n" + html_weeks(report) + "</section>\n"
         "<section>\n<h2>Pain the next day, after days with and without each routine</h2>\n" +
         html_associations(report.trend.associations) + "<p>" + kPatternCaveat +
         " Pain after birth often changes on its own: these figures cannot say what caused a change.</p>\n"
         "</section>\n" + html_tags(report) + "<section>\n<h2>Settings that matter</h2>\n" + html_settings(report) +
         "</section>\n";
}

std::string care(const reports::ReportPage& report) {
  return html_where(report) + "<section>\n<h2>When to seek care: red flags</h2>\n" + html_redflags(report.redflags) +
         "</section>\n<section>\n<h2>Notes</h2>\n" + html_notes(report.notes, report.settings.day_starts_minutes) + "</section>\n";
}

}  // namespace

std::string period(const reports::ReportPage& report) {
  return domain::format_iso(report.range.begin) + " to " + domain::format_iso(report.range.end - date::days{1});
}

std::string_view report_stylesheet() { return kStyle; }

std::string report_page_html(const reports::ReportPage& report) {
  return head(report) + "<body>\n" + page_header(report) + "<main>\n" + pictures(report) + figures(report) + care(report) +
         "</main>\n" + kReportFooter + "</body>\n</html>\n";
}

std::string html_meta(const reports::ReportPage& report) {
  const int days = report.range.length();
  return "<p class=\"meta\">Period: " + period(report) + " (" + std::to_string(days) + (days == 1 ? " day" : " days") +
         ") · Made: " + domain::format_iso(report.made) +
         " · Pain on the 0–10 scale: 0 no pain, 10 the worst imaginable. A self-tracking summary, not medical "
         "advice.</p>\n";
}

std::string html_due(const reports::ReportPage& report, const std::string& where_flags_are) {
  if (const auto* sign = deciding_sign(report.due)) {
    return "<p class=\"warn\"><strong>" + html_escape(sign->action) + ":</strong> " +
           html_escape(pointer_why(report.due)) + ". " + html_escape(sign->closing) + "</p>\n";
  }
  if (!report.due.due) return {};
  return "<p class=\"warn\"><strong>Please read the red flags " + where_flags_are + " now:</strong> " +
         html_escape(pointer_why(report.due)) +
         ". Some of them need your emergency number now, others your midwife or doctor now or today.</p>\n";
}

std::string html_past(const reports::ReportPage& report, const std::string& where_flags_are, std::size_t most) {
  if (report.past.empty()) return {};
  const std::size_t shown = std::min(most, report.past.size()), first = report.past.size() - shown;
  std::string out = "<p class=\"past\">In this period";
  if (first > 0) out += " (the latest " + std::to_string(shown) + " of " + std::to_string(report.past.size()) + ")";
  out += ": ";
  for (std::size_t i = first; i < report.past.size(); ++i) {
    out += (i > first ? "; " : "") + html_escape(past_why(report.past[i], report.start));
  }
  return out + ". If signs like these are back, read the red flags " + where_flags_are + ".</p>\n";
}

std::string short_day(domain::Day day) {
  const date::year_month_day ymd{day};
  return std::to_string(unsigned(ymd.day())) + " " + domain::month_abbreviation(ymd.month());
}

std::string document(const views::ReportWritten& view) {
  return view.one_page ? summary_page_html(view.report) : report_page_html(view.report);
}

std::optional<std::string> document_file(const views::ReportWritten& view) { return view.file; }

// Asked only of a page written to a file: a page on stdout is the output itself (see write_result).
std::string text(const views::ReportWritten& view, const Style&) {
  return std::string(view.one_page ? "wrote the one-page summary for " : "wrote the report for ") + domain::format_iso(view.range.begin) + " to " +
         domain::format_iso(view.range.end - date::days{1}) + " to " + domain::quoted_path(*view.file) +
         " (readable by you only)\n";
}

nlohmann::json json(const views::ReportWritten& view) {
  nlohmann::json out{{"file", path_json(*view.file)}, {"from", domain::format_iso(view.range.begin)},
                     {"to", domain::format_iso(view.range.end - date::days{1})}, {"one_page", view.one_page}};
  add_pointer(out, view.report.due);
  add_past(out, view.report.past, view.report.start);
  return out;
}

}  // namespace backcare::render

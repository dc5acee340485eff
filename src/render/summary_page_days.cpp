#include "domain/week.hpp"
#include "render/figures.hpp"
#include "render/html_escape.hpp"
#include "render/report_page_parts.hpp"
#include "render/summary_page_parts.hpp"
#include "rules/rulebook.hpp"

namespace backcare::render {
namespace {

/// The report's row of `day`, or null for a day outside its range (after --to in the last week).
const reports::ReportDay* summary_day_row(const reports::ReportPage& report, domain::Day day) {
  if (!report.range.contains(day)) return nullptr;
  return &report.days[std::size_t((day - report.range.begin).count())];
}

/// One day: its date, the mean in bold and the worst entry; a severe day is boxed heavily, so it shows
/// without colour.
std::string summary_day_cell(const reports::ReportPage& report, domain::Day day) {
  const auto* row = summary_day_row(report, day);
  if (!row) return "<td class=\"out\"></td>";
  const std::string date = "<span class=\"date\">" + short_day(day) + "</span>";
  if (!row->pain_mean) return "<td class=\"day\">" + date + "<span class=\"none\">–</span></td>";
  const bool severe = rules::is_severe(row->pain_max);
  return std::string("<td class=\"day") + (severe ? " severe" : "") + "\">" + date + "<b>" + tenth(*row->pain_mean) +
         "</b><span class=\"worst\">worst " + std::to_string(row->pain_max) + "</span></td>";
}

/// The week's own figures, as the report's week table has them.
std::string summary_week_cell(const reports::ReportPage& report, domain::Day start) {
  for (const auto& week : report.trend.weeks) {
    if (week.start != start) continue;
    const auto& f = week.figures;
    if (!f.pain_mean) return "<td class=\"week\">no pain logged</td>";
    return "<td class=\"week\"><span class=\"date\">" + std::to_string(f.days_logged) + " of 7 days</span><b>" +
           tenth(*f.pain_mean) + "</b><span class=\"worst\">worst " + std::to_string(*f.pain_max) + "</span></td>";
  }
  return "<td class=\"week\"></td>";
}

std::string summary_weekday_header(domain::Day first) {
  std::string out = "<thead><tr><th scope=\"col\">Week</th>";
  for (int i = 0; i < 7; ++i) {
    out += "<th scope=\"col\">" + domain::weekday_abbreviation(date::weekday{first + date::days{i}}) + "</th>";
  }
  return out + "<th scope=\"col\">Week mean</th></tr></thead>\n";
}

}  // namespace

std::string summary_days(const reports::ReportPage& report) {
  const auto first = domain::week_start(report.range.begin, report.start);
  std::string out = "<table class=\"days\">\n<caption>Bold: the day's mean; below it: its worst entry; –: nothing "
                    "logged; a heavy box: an entry of " + severe_band() + ", severe.</caption>\n" +
                    summary_weekday_header(first) + "<tbody>\n";
  for (domain::Day start = first; start < report.range.end; start += date::days{7}) {
    out += "<tr><th scope=\"row\">" + html_escape(domain::week_name(start, report.start)) + "</th>";
    for (int i = 0; i < 7; ++i) out += summary_day_cell(report, start + date::days{i});
    out += summary_week_cell(report, start) + "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

}  // namespace backcare::render

#include <map>

#include "domain/place.hpp"
#include "render/figures.hpp"
#include "render/html_escape.hpp"
#include "render/report_page_parts.hpp"
#include "render/summary_page_parts.hpp"

namespace backcare::render {
namespace {

/// "9 (5)": times done in the week, with its days.
std::string summary_tally_cell(const std::vector<reports::RoutineTally>& tallies, const std::string& slug) {
  for (const auto& tally : tallies) {
    if (tally.slug == slug) {
      return "<td class=\"num\">" + std::to_string(tally.count) + " (" + std::to_string(tally.days) + ")</td>";
    }
  }
  return "<td class=\"num\">–</td>";
}

}  // namespace

/// On one line, as the tags are: every place she named stays a few lines.
std::string summary_places(const reports::ReportPage& report) {
  if (report.places.empty()) return "<p>No place logged in this period.</p>\n";
  std::string out = "<p class=\"places\">";
  for (std::size_t i = 0; i < report.places.size(); ++i) {
    out += (i ? " · " : "") + ("<b>" + html_escape(shape_name(report, report.places[i].place)) + "</b> ") +
           days_words(report.places[i].days);
  }
  return out + "</p>\n";
}

/// Each sign once, with every day it was recorded: a long run of signs stays a few lines. The notes on
/// them are in the full report.
std::string summary_signs(const reports::ReportPage& report) {
  if (report.signs.empty()) return "<p>No signs recorded in this period.</p>\n";
  std::vector<std::pair<std::string, std::string>> signs;  // name, its days; in order of first record
  for (const auto& sign : report.signs) {
    const auto side = domain::side_code(sign.sign.side);
    const auto name = sign_name(report, sign.sign.slug) + (side.empty() ? "" : " (" + std::string(side) + ")");
    auto found = std::find_if(signs.begin(), signs.end(), [&](const auto& seen) { return seen.first == name; });
    if (found == signs.end()) found = signs.insert(signs.end(), {name, {}});
    const auto day = short_day(sign.day);
    if (!found->second.ends_with(day)) found->second += (found->second.empty() ? "" : ", ") + day;
  }
  std::string out = "<ul class=\"signs\">\n";
  for (const auto& [name, days] : signs) out += "<li><b>" + html_escape(name) + "</b>: " + days + "</li>\n";
  return out + "</ul>\n";
}

std::string summary_routines(const reports::ReportPage& report) {
  if (report.routines.empty()) return "<p>No routines logged in this period.</p>\n";
  std::string out = "<table class=\"routines\">\n<thead><tr><th scope=\"col\">Week of</th>";
  for (const auto& week : report.week_routines) out += "<th scope=\"col\">" + short_day(week.start) + "</th>";
  out += "<th scope=\"col\">All</th></tr></thead>\n<tbody>\n";
  for (const auto& routine : report.routines) {
    out += "<tr><th scope=\"row\">" + html_escape(routine.slug) + "</th>";
    for (const auto& week : report.week_routines) out += summary_tally_cell(week.routines, routine.slug);
    out += summary_tally_cell(report.routines, routine.slug) + "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string summary_tags(const reports::ReportPage& report) {
  if (report.tags.empty()) return "<p>No tags logged in this period.</p>\n";
  std::string out = "<p class=\"tags\">";
  for (std::size_t i = 0; i < report.tags.size(); ++i) {
    out += (i ? " · " : "") + ("<b>" + html_escape(report.tags[i].slug) + "</b> ") + days_words(report.tags[i].days);
  }
  return out + "</p>\n";
}

std::string summary_settings(const reports::ReportPage& report) {
  std::string out = "<p class=\"settings\">";
  for (const auto& [name, value] : birth_settings(report)) {
    out += (out.back() == '>' ? "" : " · ") + ("<b>" + html_escape(name) + ":</b> ") + html_escape(value);
  }
  if (!report.held.empty()) {
    out += "<br/><b>Held by the phase rules:</b> ";
    for (std::size_t i = 0; i < report.held.size(); ++i) out += (i ? ", " : "") + html_escape(report.held[i].slug);
    out += " (the full report says until when)";
  }
  return out + "</p>\n";
}

}  // namespace backcare::render

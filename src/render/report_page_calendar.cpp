#include <algorithm>
#include <array>

#include "domain/week.hpp"
#include "render/report_page_parts.hpp"

namespace backcare::render {
namespace {

constexpr int kCell = 24, kGap = 3, kLeft = 38, kTop = 22;

/// A shade per level of routines done in a day: fill, and a text colour that passes WCAG AA on it.
struct Shade {
  const char* label;
  const char* fill;
  const char* ink;
};
constexpr std::array<Shade, 5> kShades{{{"none", "#f4f4f4", "#1a1a1a"},
                                        {"1", "#c6dbef", "#1a1a1a"},
                                        {"2", "#6baed6", "#000000"},
                                        {"3–4", "#2166ac", "#ffffff"},
                                        {"5 or more", "#08306b", "#ffffff"}}};

std::size_t level_of(int routines) {
  if (routines >= 5) return 4;
  if (routines >= 3) return 3;
  return std::size_t(routines);
}

std::string weekday_names(domain::WeekStart start) {
  std::string out;
  const unsigned first = start == domain::WeekStart::monday ? 1 : 0;
  for (int row = 0; row < 7; ++row) {
    const date::weekday weekday{(first + unsigned(row)) % 7};
    out += "<text x=\"" + std::to_string(kLeft - 6) + "\" y=\"" + std::to_string(kTop + row * (kCell + kGap) + 16) +
           "\" text-anchor=\"end\">" + domain::weekday_abbreviation(weekday) + "</text>\n";
  }
  return out;
}

/// A month's short name over the first column holding one of its days.
std::string month_labels(const reports::ReportPage& report, domain::Day first_week, int columns) {
  std::string out;
  unsigned shown = 0;
  for (int column = 0; column < columns; ++column) {
    const domain::Day day = std::max(first_week + date::days{7 * column}, report.range.begin);
    const date::year_month_day ymd{day};
    const unsigned month = unsigned(ymd.month()) + 12 * unsigned(int(ymd.year()));
    if (month == shown) continue;
    shown = month;
    const std::string name = domain::month_abbreviation(ymd.month());
    out += "<text x=\"" + std::to_string(kLeft + column * (kCell + kGap)) + "\" y=\"14\">" + name + "</text>\n";
  }
  return out;
}

std::string calendar_cell(const reports::ReportDay& day, int column, int row) {
  const Shade& shade = kShades[level_of(day.routines)];
  const int x = kLeft + column * (kCell + kGap), y = kTop + row * (kCell + kGap);
  const std::string count = std::to_string(day.routines);
  std::string out = "<g><rect class=\"cal-day\" x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) +
                    "\" width=\"" + std::to_string(kCell) + "\" height=\"" + std::to_string(kCell) + "\" rx=\"3\" fill=\"" +
                    shade.fill + "\"" + (day.routines == 0 ? " stroke=\"#8a8a8a\"" : "") + "/>";
  // The number itself is the cue that does not rely on colour.
  if (day.routines > 0) {
    out += "<text x=\"" + std::to_string(x + kCell / 2) + "\" y=\"" + std::to_string(y + 16) +
           "\" text-anchor=\"middle\" fill=\"" + shade.ink + "\">" + count + "</text>";
  }
  return out + "<title>" + domain::format_iso(day.day) + ": " + count + (day.routines == 1 ? " routine" : " routines") +
         " done</title></g>\n";
}

std::string legend() {
  std::string out = "<p class=\"legend\">Routines done in a day, the number in each square:";
  for (const auto& shade : kShades) {
    out += " <span class=\"swatch\"><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect x=\"0.5\" y=\"0.5\" "
           "width=\"13\" height=\"13\" rx=\"2\" fill=\"" + std::string(shade.fill) + "\" stroke=\"#8a8a8a\"/></svg> " +
           shade.label + "</span>";
  }
  return out + "</p>\n";
}

}  // namespace

std::string html_calendar(const reports::ReportPage& report) {
  const domain::Day first_week = domain::week_start(report.range.begin, report.start);
  const domain::Day last_day = report.range.end - date::days{1};
  const int columns = int((domain::week_start(last_day, report.start) - first_week).count() / 7) + 1;
  const int width = kLeft + columns * (kCell + kGap), height = kTop + 7 * (kCell + kGap);
  std::string out = "<svg class=\"calendar\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
                    "\" width=\"" + std::to_string(width) + "\" role=\"img\" aria-labelledby=\"calendar-title calendar-desc\">\n"
                    "<title id=\"calendar-title\">Routines done each day</title>\n<desc id=\"calendar-desc\">A square per "
                    "day from " + domain::format_iso(report.range.begin) + " to " + domain::format_iso(last_day) +
                    ", weeks in columns, darker and numbered by how many routines were done that day.</desc>\n";
  out += weekday_names(report.start) + month_labels(report, first_week, columns);
  for (const auto& day : report.days) {
    const int offset = int((day.day - first_week).count());
    out += calendar_cell(day, offset / 7, offset % 7);
  }
  return out + "</svg>\n" + legend();
}

}  // namespace backcare::render

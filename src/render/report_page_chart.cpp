#include <fmt/format.h>

#include <algorithm>

#include "render/figures.hpp"
#include "render/html_escape.hpp"
#include "render/report_page_parts.hpp"
#include "rules/rulebook.hpp"

namespace backcare::render {
namespace {

/// Where the plot sits in the chart's 720 x 330 view box, and how days and pain map onto it.
struct Plot {
  int days = 1;
  double left = 56, right = 704, top = 30, bottom = 272;

  double step() const { return (right - left) / days; }
  double x(double index) const { return left + (index + 0.5) * step(); }
  double edge(int index) const { return left + index * step(); }
  double y(double pain) const { return bottom - pain * (bottom - top) / 10; }
};

std::string line(double x1, double y1, double x2, double y2, const char* stroke, const char* extra = "") {
  return "<line x1=\"" + svg_number(x1) + "\" y1=\"" + svg_number(y1) + "\" x2=\"" + svg_number(x2) + "\" y2=\"" +
         svg_number(y2) + "\" stroke=\"" + stroke + "\"" + extra + "/>\n";
}

std::string text_at(double x, double y, const char* anchor, const std::string& text, const std::string& extra = "") {
  return "<text x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) + "\" text-anchor=\"" + anchor + "\"" + extra + ">" +
         text + "</text>\n";
}

/// The 7-10 band, the grid and the pain axis: drawn first, so the data lies on top.
std::string background(const Plot& plot) {
  std::string out = "<rect x=\"" + svg_number(plot.left) + "\" y=\"" + svg_number(plot.y(10)) + "\" width=\"" +
                    svg_number(plot.right - plot.left) + "\" height=\"" + svg_number(plot.y(rules::kSevereLevel) - plot.y(10)) +
                    "\" fill=\"#fbe3e1\" class=\"severe-band\"/>\n";
  out += text_at(plot.right - 6, plot.y(10) + 15, "end",
                 std::to_string(rules::kSevereLevel) + "–10: severe pain (approximate; cut-offs vary)", " fill=\"#8b1a1a\"");
  for (int pain = 0; pain <= 10; pain += 2) {
    out += line(plot.left, plot.y(pain), plot.right, plot.y(pain), "#c8c8c8");
    out += text_at(plot.left - 8, plot.y(pain) + 4, "end", std::to_string(pain));
  }
  out += line(plot.left, plot.top, plot.left, plot.bottom, "#1a1a1a");
  out += line(plot.left, plot.bottom, plot.right, plot.bottom, "#1a1a1a");
  const std::string middle = svg_number((plot.top + plot.bottom) / 2);
  out += text_at(16, (plot.top + plot.bottom) / 2, "middle", "Pain (0–10)", " transform=\"rotate(-90 16 " + middle + ")\"");
  return out;
}

/// A tick at each week's first day; a label where there is room for one.
std::string day_axis(const reports::ReportPage& report, const Plot& plot) {
  std::string out;
  const int every = std::max(1, int(60 / (7 * plot.step())) + 1);
  int week = 0;
  for (const auto& row : report.trend.weeks) {
    const int index = int((row.start - report.range.begin).count());
    if (index < 0) continue;
    out += line(plot.edge(index), plot.bottom, plot.edge(index), plot.bottom + 5, "#1a1a1a");
    if (week++ % every == 0) out += text_at(plot.edge(index), plot.bottom + 19, "start", short_day(row.start));
  }
  out += text_at((plot.left + plot.right) / 2, plot.bottom + 44, "middle", "Weeks, labelled by their first day");
  return out;
}

std::string baseline_mark(const reports::ReportPage& report, const Plot& plot) {
  if (!report.baseline_start) return "";
  const int first = std::max(0, int((*report.baseline_start - report.range.begin).count()));
  const int last = std::min(plot.days, int((*report.baseline_start - report.range.begin).count()) + 7);
  const double x = plot.edge(first), width = plot.edge(last) - x;
  return "<rect class=\"baseline-week\" x=\"" + svg_number(x) + "\" y=\"" + svg_number(plot.top) + "\" width=\"" +
         svg_number(width) + "\" height=\"" + svg_number(plot.bottom - plot.top) +
         "\" fill=\"#5a5a5a\" fill-opacity=\"0.12\" stroke=\"#4a4a4a\" stroke-dasharray=\"4 3\"/>\n" +
         text_at(x + width / 2, plot.top - 8, "middle", "baseline " + html_escape(report.trend.changes.baseline->name));
}

/// The weekly means, joined where weeks follow each other and broken over weeks without pain.
std::string weekly_line(const reports::ReportPage& report, const Plot& plot) {
  std::string path, marks;
  bool joined = false;
  for (const auto& week : report.trend.weeks) {
    if (!week.figures.pain_mean) {
      joined = false;
      continue;
    }
    const double index = std::clamp(double((week.start - report.range.begin).count()) + 3, 0.0, double(plot.days - 1));
    const double x = plot.x(index), y = plot.y(*week.figures.pain_mean);
    path += (joined ? " L" : " M") + svg_number(x) + " " + svg_number(y);
    joined = true;
    marks += "<rect class=\"week-mean\" x=\"" + svg_number(x - 4) + "\" y=\"" + svg_number(y - 4) +
             "\" width=\"8\" height=\"8\" fill=\"#a34f00\"><title>" + html_escape(week.name) + ": weekly mean " +
             tenth(*week.figures.pain_mean) + "</title></rect>\n";
  }
  if (path.empty()) return "";
  return "<path d=\"" + path.substr(1) + "\" fill=\"none\" stroke=\"#a34f00\" stroke-width=\"2.5\"/>\n" + marks;
}

std::string day_points(const reports::ReportPage& report, const Plot& plot) {
  std::string out;
  for (std::size_t i = 0; i < report.days.size(); ++i) {
    const auto& day = report.days[i];
    if (!day.pain_mean) continue;
    const int entries = day.pain_entries;
    out += "<circle class=\"day-point\" cx=\"" + svg_number(plot.x(double(i))) + "\" cy=\"" +
           svg_number(plot.y(*day.pain_mean)) + "\" r=\"3.5\" fill=\"#1f4e79\"><title>" + domain::format_iso(day.day) +
           ": pain " + tenth(*day.pain_mean) + " (" + std::to_string(entries) + (entries == 1 ? " entry" : " entries") +
           ")</title></circle>\n";
  }
  return out;
}

std::string description(const reports::ReportPage& report) {
  const auto logged = std::count_if(report.days.begin(), report.days.end(), [](const auto& d) { return bool(d.pain_mean); });
  std::string out = "Pain from " + domain::format_iso(report.range.begin) + " to " +
                    domain::format_iso(report.range.end - date::days{1}) + ": " + std::to_string(logged) +
                    " logged days as points, the weekly mean as a line, the band from " + severe_band() + " shaded.";
  if (report.trend.changes.baseline) out += " Baseline week " + html_escape(report.trend.changes.baseline->name) + ", mean " + tenth(report.trend.changes.baseline->pain_mean) + ".";
  return out + " The table of weeks below gives the same figures.";
}

}  // namespace

std::string severe_band() { return std::to_string(rules::kSevereLevel) + " to 10"; }

std::string svg_number(double value) {
  return fmt::format("{:.1f}", value + 0.0);  // + 0.0 turns -0.0 into 0.0, so no "-0.0"
}

std::string html_chart(const reports::ReportPage& report) {
  const Plot plot{std::max(1, report.range.length())};
  std::string out =
      "<svg class=\"chart\" viewBox=\"0 0 720 330\" width=\"100%\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">\n"
      "<title id=\"chart-title\">Pain over time</title>\n<desc id=\"chart-desc\">" + description(report) + "</desc>\n";
  out += background(plot) + baseline_mark(report, plot) + day_axis(report, plot) + weekly_line(report, plot) +
         day_points(report, plot);
  if (std::none_of(report.days.begin(), report.days.end(), [](const auto& d) { return bool(d.pain_mean); })) {
    out += text_at((plot.left + plot.right) / 2, plot.y(4.5), "middle", "No pain logged in this period");
  }
  return out + "</svg>\n";
}

}  // namespace backcare::render

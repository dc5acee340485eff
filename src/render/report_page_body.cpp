#include "domain/text.hpp"
#include "render/body_outline.hpp"
#include "render/html_escape.hpp"
#include "render/report_page_parts.hpp"

namespace backcare::render {

std::string shape_name(const reports::ReportPage& report, const domain::Place& place) {
  std::string name = place.slug;
  for (const auto& region : report.regions) {
    if (region.slug == place.slug) name = region.name;
  }
  return domain::place_words(std::move(name), domain::side_code(place.side));
}

std::string sign_name(const reports::ReportPage& report, const std::string& slug) {
  for (const auto& sign : report.sign_places) {
    if (sign.slug == slug) return sign.name;
  }
  return slug;
}

namespace {

std::string where_outline(const reports::ReportPage& report) {
  std::vector<OutlineRegion> regions;
  for (const auto& shape : report.shapes) {
    regions.push_back({domain::format_place(shape.place), shape_name(report, shape.place), shape.days});
  }
  return "<figure>\n" + body_outline_svg(regions) +
         "<figcaption class=\"legend\">Days each place hurt in this period, darker for more days. A place logged "
         "without a side shades both sides.</figcaption>\n</figure>\n";
}

std::string signs_list(const reports::ReportPage& report) {
  if (report.signs.empty()) return "<p>No signs recorded in this period.</p>\n";
  std::string out = "<h3>Signs recorded</h3>\n<ul class=\"signs\">\n";
  for (const auto& sign : report.signs) {
    const auto side = domain::side_code(sign.sign.side);
    out += "<li data-sign=\"" + html_escape(domain::format_place(sign.sign)) + "\">" +
           html_escape(domain::format_long(sign.day)) + (sign.time.empty() ? "" : " " + html_escape(sign.time)) +
           ": " + html_escape(sign_name(report, sign.sign.slug)) + (side.empty() ? "" : " (" + std::string(side) + ")") +
           (sign.note.empty() ? "" : ": " + html_escape(sign.note)) + "</li>\n";
  }
  return out + "</ul>\n";
}

}  // namespace

std::string html_where(const reports::ReportPage& report) {
  return "<section class=\"page\">\n<h2>Where it hurt, and signs</h2>\n" + where_outline(report) + signs_list(report) + "</section>\n";
}

}  // namespace backcare::render

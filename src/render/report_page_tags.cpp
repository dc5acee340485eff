#include "render/html_escape.hpp"
#include "render/report_page_parts.hpp"

namespace backcare::render {

std::string html_tags(const reports::ReportPage& report) {
  // No tags logged in the period: no section, rather than an empty table.
  if (report.tags.empty()) return {};
  std::string out = "<section>\n<h2>Tags</h2>\n<table class=\"tags\">\n<caption>What else went on: the days of "
                    "the period each tag was logged on</caption>\n"
                    "<thead><tr><th scope=\"col\">Tag</th><th scope=\"col\">Days</th></tr></thead>\n<tbody>\n";
  for (const auto& tag : report.tags) {
    out += "<tr><td>" + html_escape(tag.slug) + "</td><td class=\"num\">" + std::to_string(tag.days) + "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n</section>\n";
}

}  // namespace backcare::render

#include "render/body_outline.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <span>
#include <vector>

#include "render/figures.hpp"
#include "render/html_escape.hpp"
#include "render/report_page_parts.hpp"

namespace backcare::render {
namespace {

/// A region's place on a figure, in the figure's own coordinates (x = 0 on the midline, y down from the
/// top of the picture): the box it fills, with an ellipse, or with a rounded rectangle along the spine.
struct OutlineShape {
  const char* key;
  const char* name;  ///< its title when the caller does not name the key
  double x, y, width, height;
  bool rounded_box = false;
};

// The back view is seen from behind, so her left is on the viewer's left (x < 0); the front view faces
// the viewer, so her left is on the viewer's right (x > 0).
const OutlineShape kOutlineFront[] = {
    {"pubic", "Pubic bone", -10, 152, 20, 14},
    {"hip-groin:left", "Hip or groin, left", 12, 145, 17, 14},
    {"hip-groin:right", "Hip or groin, right", -29, 145, 17, 14},
    {"below-knee:left", "Below the knee, left", 8, 214, 14, 32},
    {"below-knee:right", "Below the knee, right", -22, 214, 14, 32},
};
const OutlineShape kOutlineBack[] = {
    {"upper-back", "Upper back", -12, 76, 24, 30, true},
    {"low-back", "Low back", -20, 112, 40, 22, true},
    {"sacroiliac:left", "Back of the pelvis, left", -16, 138, 12, 14},
    {"sacroiliac:right", "Back of the pelvis, right", 4, 138, 12, 14},
    {"buttock:left", "Buttock, left", -30, 153, 27, 24},
    {"buttock:right", "Buttock, right", 3, 153, 27, 24},
    {"back-thigh:left", "Back of the thigh, left", -26, 180, 17, 28},
    {"back-thigh:right", "Back of the thigh, right", 9, 180, 17, 28},
    {"below-knee:left", "Below the knee, left", -22, 214, 14, 32},
    {"below-knee:right", "Below the knee, right", 8, 214, 14, 32},
};

/// One of the two figures: where its midline stands in the picture, and which side the viewer sees where.
struct OutlineFigure {
  const char* caption;
  double centre;
  const char* viewer_left;  ///< the side label under the viewer's left
  const char* viewer_right;
  std::span<const OutlineShape> shapes;
};
const OutlineFigure kOutlineFigures[] = {
    {"Front", 90, "R", "L", kOutlineFront},
    {"Back", 270, "L", "R", kOutlineBack},
};

struct OutlinePoint {
  double x, y;
};

/// The silhouette's half on the viewer's right, from the neck round the arm and down the leg to the
/// crotch; mirrored, it closes the outline, so both halves stay the same shape.
const OutlinePoint kOutlineHalf[] = {
    {6, 54},   {6, 62},   {28, 68},  {38, 76},  {44, 118}, {48, 160}, {46, 172}, {40, 172}, {38, 160}, {34, 120},
    {29, 90},  {24, 128}, {32, 156}, {26, 210}, {20, 250}, {26, 262}, {8, 262},  {7, 250},  {7, 210},  {2, 174},
};

/// Greys from light to dark: a region's step is its share of the most days, rounded up, so equal days
/// give equal fills and the most days the darkest; few steps, so each stays apart in print.
const char* const kOutlineGreys[] = {"#e0e0e0", "#b8b8b8", "#909090", "#686868", "#404040"};
const char* const kOutlineUnshaded = "#ffffff";
const char* const kOutlineInk = "#1a1a1a";

struct OutlineDays {
  std::string name;
  int days = 0;
};

std::string outline_fill(int days, int most) {
  if (days <= 0 || most <= 0) return kOutlineUnshaded;
  const auto steps = static_cast<long long>(std::size(kOutlineGreys));
  return kOutlineGreys[(days * steps + most - 1) / most - 1];  // in long long: no overflow near INT_MAX days
}

std::string outline_text(double x, double y, const std::string& text, const char* extra = "") {
  return "<text x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) + "\" text-anchor=\"middle\"" + extra + ">" + text +
         "</text>\n";
}

/// The body without its head: the half on the viewer's right, then its mirror back up to the neck.
std::string outline_body_path() {
  std::vector<OutlinePoint> points(std::begin(kOutlineHalf), std::end(kOutlineHalf));
  for (auto point = std::rbegin(kOutlineHalf); point != std::rend(kOutlineHalf); ++point) {
    points.push_back({-point->x, point->y});
  }
  std::string d;
  for (const auto& point : points) d += (d.empty() ? "M" : " L") + svg_number(point.x) + " " + svg_number(point.y);
  return d + " Z";
}

/// Head and body, white under the regions, so a page's background does not show through them.
std::string outline_silhouette() {
  const std::string paint = std::string(" fill=\"") + kOutlineUnshaded + "\" stroke=\"" + kOutlineInk +
                            "\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>\n";
  return "<ellipse class=\"outline\" cx=\"0\" cy=\"39\" rx=\"13\" ry=\"16\"" + paint + "<path class=\"outline\" d=\"" +
         outline_body_path() + "\"" + paint;
}

/// The element's name and geometry: an ellipse in the box, or a rectangle with rounded corners.
std::string outline_geometry(const OutlineShape& shape) {
  if (shape.rounded_box) {
    return "rect x=\"" + svg_number(shape.x) + "\" y=\"" + svg_number(shape.y) + "\" width=\"" + svg_number(shape.width) +
           "\" height=\"" + svg_number(shape.height) + "\" rx=\"4\"";
  }
  return "ellipse cx=\"" + svg_number(shape.x + shape.width / 2) + "\" cy=\"" + svg_number(shape.y + shape.height / 2) +
         "\" rx=\"" + svg_number(shape.width / 2) + "\" ry=\"" + svg_number(shape.height / 2) + "\"";
}

std::string outline_region(const OutlineShape& shape, const std::map<std::string, OutlineDays>& given, int most) {
  const auto found = given.find(shape.key);
  const OutlineDays region = found != given.end() ? found->second : OutlineDays{shape.name, 0};
  const std::string geometry = outline_geometry(shape);
  const std::string element = geometry.substr(0, geometry.find(' '));
  return "<" + geometry + " data-region=\"" + shape.key + "\" data-days=\"" + std::to_string(region.days) +
         "\" fill=\"" + outline_fill(region.days, most) + "\" stroke=\"" + kOutlineInk + "\" stroke-width=\"0.8\"><title>" +
         html_escape(region.name) + ": " + days_words(region.days) + "</title></" + element + ">\n";
}

std::string outline_figure(const OutlineFigure& figure, const std::map<std::string, OutlineDays>& given, int most) {
  std::string out = "<g class=\"figure\" aria-label=\"" + std::string(figure.caption) + "\" transform=\"translate(" +
                    svg_number(figure.centre) + " 0)\">\n";
  out += outline_text(0, 14, figure.caption, " font-weight=\"bold\"") + outline_silhouette();
  for (const auto& shape : figure.shapes) out += outline_region(shape, given, most);
  out += outline_text(-16, 276, figure.viewer_left) + outline_text(16, 276, figure.viewer_right);
  return out + "</g>\n";
}

std::string outline_swatch(double x, const char* fill) {
  return "<rect x=\"" + svg_number(x) + "\" y=\"284\" width=\"12\" height=\"10\" fill=\"" + fill + "\" stroke=\"" +
         kOutlineInk + "\" stroke-width=\"0.8\"/>\n";
}

/// "darker: more days", after the fills from none to the most.
std::string outline_legend() {
  double x = 86;
  std::string out = outline_swatch(x, kOutlineUnshaded);
  for (const char* fill : kOutlineGreys) {
    x += 14;
    out += outline_swatch(x, fill);
  }
  return out + "<text x=\"" + svg_number(x + 18) + "\" y=\"293\">darker: more days</text>\n";
}

}  // namespace

const std::vector<std::string>& outline_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> all;
    for (const auto& figure : kOutlineFigures) {
      for (const auto& shape : figure.shapes) all.emplace_back(shape.key);
    }
    return all;
  }();
  return keys;
}

std::string body_outline_svg(const std::vector<OutlineRegion>& regions) {
  const auto& keys = outline_keys();
  std::map<std::string, OutlineDays> given;
  for (const auto& region : regions) {
    if (std::find(keys.begin(), keys.end(), region.key) == keys.end()) continue;  // not drawn: ignored
    const int days = std::max(0, region.days);
    given[region.key] = {region.name, days};  // a key given twice keeps its last days
  }
  int most = 0;
  for (const auto& [key, region] : given) most = std::max(most, region.days);
  std::string out =
      "<svg class=\"body-outline\" viewBox=\"0 0 360 300\" width=\"360\" height=\"300\" font-size=\"12\" role=\"img\" "
      "aria-label=\"Where it hurt, on a body seen from the front and from the back: the darker a region, the more "
      "days it hurt\">\n";
  for (const auto& figure : kOutlineFigures) out += outline_figure(figure, given, most);
  return out + outline_legend() + "</svg>\n";
}

}  // namespace backcare::render

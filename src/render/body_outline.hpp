#pragma once
#include <string>
#include <vector>

namespace backcare::render {

// Where it hurt, drawn for the HTML report: a front and a back outline of a body, each region shaded in
// greys by the days it hurt, so the picture survives a black-and-white printer.

/// One region's shape on the outline and the days it hurt in the report's period.
struct OutlineRegion {
  std::string key;   ///< "low-back", "pubic", "upper-back", or "SLUG:SIDE" for a region with sides: "sacroiliac:left"
  std::string name;  ///< shown in its <title>: "Back of the pelvis, left"
  int days = 0;
};

/// The shape keys the outline draws, in drawing order (front view first, then back).
const std::vector<std::string>& outline_keys();

/// The outline: an <svg> element (role="img", an aria-label) with two figures labelled "Front" and "Back".
/// Each key of outline_keys() is one shape (path/ellipse/rect, or a <g>) carrying data-region="KEY" and
/// data-days="N" and a <title> "NAME: N days"; shaded by days/most (0 days: unshaded, white fill with the
/// outline stroke). Regions given that the outline does not draw are ignored; keys not given have 0 days.
std::string body_outline_svg(const std::vector<OutlineRegion>& regions);

}  // namespace backcare::render

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "render/body_outline.hpp"

using backcare::render::body_outline_svg;
using backcare::render::outline_keys;
using backcare::render::OutlineRegion;

namespace {

/// One region's shape as the SVG has it: its element's attributes that matter and its title.
struct DrawnRegion {
  std::string key, days, fill, title;
  double cx = 0;  ///< an ellipse's centre, 0 for a rectangle
};

std::vector<DrawnRegion> drawn_regions(const std::string& svg) {
  static const std::regex shape(R"re(<(ellipse|rect|path) ([^>]*)><title>([^<]*)</title></\1>)re");
  static const std::regex attribute(R"re(([\w-]+)="([^"]*)")re");
  std::vector<DrawnRegion> found;
  for (std::sregex_iterator it(svg.begin(), svg.end(), shape), end; it != end; ++it) {
    DrawnRegion region;
    region.title = (*it)[3];
    const std::string attributes = (*it)[2];
    for (std::sregex_iterator a(attributes.begin(), attributes.end(), attribute); a != end; ++a) {
      const std::string name = (*a)[1], value = (*a)[2];
      if (name == "data-region") region.key = value;
      if (name == "data-days") region.days = value;
      if (name == "fill") region.fill = value;
      if (name == "cx") region.cx = std::stod(value);
    }
    found.push_back(region);
  }
  return found;
}

/// The first tag that does not close in order ("</g> closes <text>", "<g> left open"), or "" when every
/// tag opened is closed by its own closing tag.
std::string unbalanced_tag(const std::string& markup) {
  std::vector<std::string> open;
  for (auto start = markup.find('<'); start != std::string::npos; start = markup.find('<', start + 1)) {
    const auto stop = markup.find('>', start);
    if (stop == std::string::npos) return "a tag without its '>'";
    const std::string tag = markup.substr(start + 1, stop - start - 1);
    if (tag.ends_with('/')) continue;
    const bool closing = tag.starts_with('/');
    const std::string name = tag.substr(closing ? 1 : 0, tag.find_first_of(" \n", closing ? 1 : 0) - (closing ? 1 : 0));
    if (!closing) {
      open.push_back(name);
    } else if (open.empty() || open.back() != name) {
      return "</" + name + "> closes <" + (open.empty() ? "" : open.back()) + ">";
    } else {
      open.pop_back();
    }
  }
  return open.empty() ? "" : "<" + open.back() + "> left open";
}

const DrawnRegion* first_drawn(const std::vector<DrawnRegion>& drawn, const std::string& key) {
  for (const auto& region : drawn) {
    if (region.key == key) return &region;
  }
  return nullptr;
}

/// A fill "#rrggbb" of grey: its level, 0 black to 255 white.
int grey_level(const std::string& fill) {
  EXPECT_EQ(fill.size(), 7u);
  EXPECT_EQ(fill.substr(1, 2), fill.substr(3, 2)) << fill;
  EXPECT_EQ(fill.substr(1, 2), fill.substr(5, 2)) << fill;
  return std::stoi(fill.substr(1, 2), nullptr, 16);
}

}  // namespace

TEST(BodyOutline, DrawsEachKeyOnceAViewFrontFirst) {
  const std::vector<std::string> expected{
      "pubic", "hip-groin:left", "hip-groin:right", "below-knee:left", "below-knee:right",
      "upper-back", "low-back", "sacroiliac:left", "sacroiliac:right", "buttock:left", "buttock:right",
      "back-thigh:left", "back-thigh:right", "below-knee:left", "below-knee:right"};
  EXPECT_EQ(outline_keys(), expected);
  std::vector<std::string> keys;
  for (const auto& region : drawn_regions(body_outline_svg({}))) keys.push_back(region.key);
  EXPECT_EQ(keys, expected);
}

TEST(BodyOutline, EachShapeCarriesItsDaysAndTitle) {
  const auto drawn = drawn_regions(body_outline_svg({{"low-back", "Low back", 9},
                                                     {"sacroiliac:left", "Back of the pelvis, left", 1},
                                                     {"below-knee:right", "Below the knee, right", 4}}));
  ASSERT_EQ(drawn.size(), outline_keys().size());
  for (const auto& region : drawn) {
    SCOPED_TRACE(region.key);
    if (region.key == "low-back") {
      EXPECT_EQ(region.days, "9");
      EXPECT_EQ(region.title, "Low back: 9 days");
    } else if (region.key == "sacroiliac:left") {
      EXPECT_EQ(region.days, "1");
      EXPECT_EQ(region.title, "Back of the pelvis, left: 1 day");
    } else if (region.key == "below-knee:right") {  // on the shin and on the calf alike
      EXPECT_EQ(region.days, "4");
      EXPECT_EQ(region.title, "Below the knee, right: 4 days");
      EXPECT_EQ(region.fill, first_drawn(drawn, "below-knee:right")->fill);
    } else {
      EXPECT_EQ(region.days, "0");
    }
  }
}

TEST(BodyOutline, TheMostDaysAreDarkestAndEqualDaysShadeAlike) {
  const auto drawn = drawn_regions(body_outline_svg({{"pubic", "Pubic bone", 12},
                                                     {"buttock:left", "Buttock, left", 6},
                                                     {"buttock:right", "Buttock, right", 6},
                                                     {"upper-back", "Upper back", 1}}));
  const int darkest = grey_level(first_drawn(drawn, "pubic")->fill);
  for (const auto& region : drawn) {
    if (region.key != "pubic") {
      EXPECT_GT(grey_level(region.fill), darkest) << region.key;
    }
  }
  EXPECT_EQ(first_drawn(drawn, "buttock:left")->fill, first_drawn(drawn, "buttock:right")->fill);
  EXPECT_LT(grey_level(first_drawn(drawn, "buttock:left")->fill), grey_level(first_drawn(drawn, "upper-back")->fill));
  EXPECT_LT(grey_level(first_drawn(drawn, "upper-back")->fill), 255);
}

TEST(BodyOutline, NoDaysIsWhiteAndNamedFromTheOutline) {
  for (const auto& region : drawn_regions(body_outline_svg({{"hip-groin:left", "Hip or groin, left", 0}}))) {
    EXPECT_EQ(region.fill, "#ffffff") << region.key;
    EXPECT_EQ(region.days, "0") << region.key;
  }
  const auto drawn = drawn_regions(body_outline_svg({}));
  EXPECT_EQ(first_drawn(drawn, "sacroiliac:right")->title, "Back of the pelvis, right: 0 days");
  EXPECT_EQ(first_drawn(drawn, "upper-back")->title, "Upper back: 0 days");
}

TEST(BodyOutline, RegionsItDoesNotDrawAreIgnored) {
  const std::vector<OutlineRegion> drawn_only{{"low-back", "Low back", 3}};
  const std::string svg = body_outline_svg({{"other", "Somewhere else", 40},
                                            {"low-back", "Low back", 3},
                                            {"sacroiliac:both", "Back of the pelvis, both", 20},
                                            {"knee", "Knee", 9}});
  EXPECT_EQ(svg, body_outline_svg(drawn_only));  // nor do they count towards the most days
  EXPECT_EQ(svg.find("data-region=\"other\""), std::string::npos);
  EXPECT_EQ(svg.find("Somewhere else"), std::string::npos);
}

TEST(BodyOutline, NamesAreEscapedInTitles) {
  const auto drawn = drawn_regions(body_outline_svg({{"pubic", "<b>Pubic & \"front\"</b>", 2}}));
  EXPECT_EQ(first_drawn(drawn, "pubic")->title, "&lt;b&gt;Pubic &amp; &quot;front&quot;&lt;/b&gt;: 2 days");
}

TEST(BodyOutline, EveryTagOpenedIsClosed) {
  EXPECT_EQ(unbalanced_tag(body_outline_svg({})), "");
  EXPECT_EQ(unbalanced_tag(body_outline_svg({{"low-back", "Low </title> back", 5}, {"pubic", "<g>", 2}})), "");
  // The checker itself: it finds a tag closed out of order and one left open.
  EXPECT_EQ(unbalanced_tag("<svg><g><text>a</g></text></svg>"), "</g> closes <text>");
  EXPECT_EQ(unbalanced_tag("<svg><g><rect/></svg>"), "</svg> closes <g>");
  EXPECT_EQ(unbalanced_tag("<svg><g></g>"), "<svg> left open");
}

TEST(BodyOutline, IsOneLabelledImageOfTwoLabelledFigures) {
  const std::string svg = body_outline_svg({});
  EXPECT_TRUE(svg.starts_with("<svg class=\"body-outline\" viewBox=\"0 0 360 300\" width=\"360\" height=\"300\""));
  EXPECT_NE(svg.find(" role=\"img\" aria-label=\"Where it hurt,"), std::string::npos);
  const auto front = svg.find("<g class=\"figure\" aria-label=\"Front\"");
  const auto back = svg.find("<g class=\"figure\" aria-label=\"Back\"");
  ASSERT_NE(front, std::string::npos);
  ASSERT_NE(back, std::string::npos);
  EXPECT_LT(front, back);
  EXPECT_NE(svg.find(">darker: more days</text>"), std::string::npos);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_EQ(svg.find("href"), std::string::npos);
}

TEST(BodyOutline, HerLeftIsOnTheViewersRightFromTheFrontAndLeftFromTheBack) {
  const std::string svg = body_outline_svg({});
  const auto back = svg.find("aria-label=\"Back\"");
  const auto drawn_front = drawn_regions(svg.substr(0, back));
  const auto drawn_back = drawn_regions(svg.substr(back));
  EXPECT_GT(first_drawn(drawn_front, "hip-groin:left")->cx, 0);
  EXPECT_LT(first_drawn(drawn_front, "hip-groin:right")->cx, 0);
  EXPECT_GT(first_drawn(drawn_front, "below-knee:left")->cx, 0);
  EXPECT_LT(first_drawn(drawn_back, "below-knee:left")->cx, 0);
  EXPECT_LT(first_drawn(drawn_back, "sacroiliac:left")->cx, 0);
  EXPECT_GT(first_drawn(drawn_back, "buttock:right")->cx, 0);
  // The side labels under each figure read the same way, viewer's left first.
  const auto side_labels = [](const std::string& figure) {
    std::string labels;
    static const std::regex label(R"(>(L|R)</text>)");
    for (std::sregex_iterator it(figure.begin(), figure.end(), label), end; it != end; ++it) labels += (*it)[1];
    return labels;
  };
  EXPECT_EQ(side_labels(svg.substr(0, back)), "RL");
  EXPECT_EQ(side_labels(svg.substr(back)), "LR");
}

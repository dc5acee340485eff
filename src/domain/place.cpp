#include "domain/place.hpp"

#include <algorithm>

#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/text.hpp"

namespace backcare::domain {
namespace {

/// Further than this is not a typo worth pointing at.
constexpr std::size_t kPlaceTypoDistance = 2;

std::optional<Side> side_of(std::string_view text) {
  if (text == "left") return Side::left;
  if (text == "right") return Side::right;
  if (text == "both") return Side::both;
  return std::nullopt;
}

/// The nearest known slug, when one is near enough to be a typo.
std::optional<std::string> nearest_slug(std::string_view text, const std::vector<PlaceKind>& kinds) {
  std::optional<std::string> found;
  std::size_t best = kPlaceTypoDistance + 1;
  for (const auto& kind : kinds) {
    const auto distance = edit_distance(text, kind.slug);
    if (distance < best) {
      best = distance;
      found = kind.slug;
    }
  }
  return found;
}

std::string slug_list(const std::vector<PlaceKind>& kinds) {
  std::string out;
  for (const auto& kind : kinds) out += (out.empty() ? "" : ", ") + kind.slug;
  return out;
}

UserError unknown_place(std::string_view slug, const std::vector<PlaceKind>& kinds, std::string_view what) {
  const std::string shown = "'" + quote_for_message(slug) + "'";
  const std::string accepted = ": accepted " + slug_list(kinds);
  if (const auto near = nearest_slug(slug, kinds)) {
    return UserError("unknown " + std::string(what) + " " + shown + " (did you mean '" + *near + "'?)" + accepted);
  }
  return UserError("unknown " + std::string(what) + " " + shown + accepted);
}

}  // namespace

std::string_view side_code(Side side) {
  switch (side) {
    case Side::left: return "left";
    case Side::right: return "right";
    case Side::both: return "both";
    case Side::unspecified: break;
  }
  return "";
}

std::string format_place(const Place& place) {
  return place.side == Side::unspecified ? place.slug : place.slug + ":" + std::string(side_code(place.side));
}

std::string place_words(std::string name, std::string_view side) {
  return side.empty() ? name : name + ", " + std::string(side);
}

std::string format_places(const std::vector<Place>& places) {
  std::string out;
  for (const auto& place : places) out += (out.empty() ? "" : " ") + format_place(place);
  return out;
}

Place parse_place(std::string_view text, const std::vector<PlaceKind>& kinds, std::string_view what) {
  const auto colon = text.find(':');
  const std::string slug = lower(text.substr(0, colon));
  const auto kind = std::find_if(kinds.begin(), kinds.end(), [&](const PlaceKind& k) { return k.slug == slug; });
  if (kind == kinds.end()) throw unknown_place(slug, kinds, what);
  const std::string shown = "'" + quote_for_message(text) + "'";
  if (colon == std::string_view::npos) {
    if (kind->side_required) {
      throw UserError(std::string(what) + " " + shown + " needs a side: accepted " + slug + ":left, " + slug +
                      ":right or " + slug + ":both");
    }
    return {slug, Side::unspecified};
  }
  if (!kind->sides) {
    throw UserError(std::string(what) + " " + shown + " takes no side: accepted " + slug + " alone");
  }
  const auto side = side_of(lower(text.substr(colon + 1)));
  if (!side) throw UserError("invalid side in " + shown + ": accepted left, right or both, as " + slug + ":left");
  return {slug, *side};
}

std::vector<Place> parse_places(const std::vector<std::string>& texts, const std::vector<PlaceKind>& kinds,
                                std::string_view what) {
  std::vector<Place> places;
  for (const auto& text : texts) {
    const Place place = parse_place(text, kinds, what);
    if (std::find(places.begin(), places.end(), place) != places.end()) continue;
    // "buttock" and "buttock:left" together: the side says more.
    std::erase_if(places, [&](const Place& p) { return p.slug == place.slug && p.side == Side::unspecified; });
    const bool sided = std::any_of(places.begin(), places.end(), [&](const Place& p) { return p.slug == place.slug; });
    if (place.side == Side::unspecified && sided) continue;
    places.push_back(place);
  }
  return places;
}

std::vector<Place> parse_place_list(std::string_view list, const std::vector<PlaceKind>& kinds,
                                    std::string_view what) {
  std::vector<std::string> parts;
  std::string_view text = list;
  while (!text.empty()) {
    const auto space = text.find(' ');
    parts.emplace_back(text.substr(0, space));
    if (space == std::string_view::npos) break;
    text.remove_prefix(space + 1);
    if (text.empty()) parts.emplace_back();  // a trailing space: an empty place, refused below
  }
  for (const auto& part : parts) {
    if (part.empty()) throw UserError("invalid list of " + std::string(what) + "s: one space between each two");
  }
  auto places = parse_places(parts, kinds, what);
  if (places.size() != parts.size()) {
    throw UserError("invalid list of " + std::string(what) + "s '" + quote_for_message(list) + "': each once");
  }
  return places;
}

Side side_from_code(std::string_view code) { return side_of(code).value_or(Side::unspecified); }

std::vector<Place> read_place_list(std::string_view text) {
  std::vector<Place> places;
  while (!text.empty()) {
    const auto part = text.substr(0, text.find(' '));
    const auto colon = part.find(':');
    places.push_back({std::string(part.substr(0, colon)),
                      colon == std::string_view::npos ? Side::unspecified : side_from_code(part.substr(colon + 1))});
    text.remove_prefix(std::min(text.size(), part.size() + 1));
  }
  return places;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace backcare::domain

#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backcare::domain {

// Where it hurts, or which sign was felt (issue 27): a slug from content/body.toml and, for a place that
// has two of it, a side. Written "slug" or "slug:side", the form she types, the CSV holds and the diary stores.

enum class Side { unspecified, left, right, both };

struct Place {
  std::string slug;
  Side side = Side::unspecified;

  friend bool operator==(const Place&, const Place&) = default;
  friend auto operator<=>(const Place&, const Place&) = default;
};

/// A slug backcare knows: whether it takes a side, and whether it must have one (a leg sign must: the
/// rules read one leg from both).
struct PlaceKind {
  std::string slug;
  bool sides = false;
  bool side_required = false;
};

/// The places an entry may name: the regions a pain entry's `where` may hold and the signs (content's
/// region_kinds and sign_kinds), as an import checks its rows against them.
struct EntryPlaceKinds {
  std::vector<PlaceKind> regions;
  std::vector<PlaceKind> signs;
};

/// "left", "right", "both"; "" for unspecified.
std::string_view side_code(Side side);
/// "sacroiliac:left", or the slug alone when the side is unspecified.
std::string format_place(const Place& place);
/// A place in words for a person: its name, then its side when it has one ("Back of the pelvis, left"),
/// as the report, the summary and the FHIR export all write it.
std::string place_words(std::string name, std::string_view side);
/// The places space-separated, as the diary stores them and the CSV's `where` column holds them.
std::string format_places(const std::vector<Place>& places);

/// "slug" or "slug:side" against `kinds`; `what` is "region" or "sign". UserError naming the value and
/// what is accepted: an unknown slug (with "did you mean" for a near one), a side on a place without
/// sides, a missing required side, a side other than left, right or both.
Place parse_place(std::string_view text, const std::vector<PlaceKind>& kinds, std::string_view what);
/// Several places, each as parse_place, kept in the order given with repeats dropped; a place given
/// both without a side and with one keeps only the one with the side.
std::vector<Place> parse_places(const std::vector<std::string>& texts, const std::vector<PlaceKind>& kinds,
                                std::string_view what);
/// A stored or exported list: places separated by single spaces ("" is none), each as parse_place.
std::vector<Place> parse_place_list(std::string_view text, const std::vector<PlaceKind>& kinds,
                                    std::string_view what);

/// A list the diary holds, which its writer checked: split, not checked again.
std::vector<Place> read_place_list(std::string_view text);
/// A stored side: "left", "right", "both"; anything else is unspecified.
Side side_from_code(std::string_view code);

/// Levenshtein distance, for "did you mean".
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace backcare::domain

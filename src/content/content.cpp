#include "content/content.hpp"

#include <algorithm>
#include <stdexcept>

#include "content/embedded.hpp"

namespace backcare::content {

const domain::Routine* Content::find(std::string_view slug) const {
  auto found = std::find_if(routines.begin(), routines.end(), [&](const auto& r) { return r.slug == slug; });
  return found == routines.end() ? nullptr : &*found;
}

const StarterTag* Content::tag(std::string_view slug) const {
  auto found = std::find_if(tags.begin(), tags.end(), [&](const auto& t) { return t.slug == slug; });
  return found == tags.end() ? nullptr : &*found;
}

namespace {

const BodyPlace* find_place(const std::vector<BodyPlace>& places, std::string_view slug) {
  auto found = std::find_if(places.begin(), places.end(), [&](const auto& p) { return p.slug == slug; });
  return found == places.end() ? nullptr : &*found;
}

std::vector<domain::PlaceKind> kinds_of(const std::vector<BodyPlace>& places, bool side_required) {
  std::vector<domain::PlaceKind> kinds;
  for (const auto& place : places) kinds.push_back({place.slug, place.sides, side_required && place.sides});
  return kinds;
}

}  // namespace

const std::string& BodyFlagWords::find(const std::vector<KeyedWords>& words, std::string_view key) {
  static const std::string none;
  auto found = std::find_if(words.begin(), words.end(), [&](const auto& w) { return w.key == key; });
  return found == words.end() ? none : found->words;
}

std::vector<domain::PlaceKind> Content::region_kinds() const { return kinds_of(regions, false); }
// A leg sign says which leg: one leg or both is what the red-flag rules read (clinical notes §6.2).
std::vector<domain::PlaceKind> Content::sign_kinds() const { return kinds_of(signs, true); }
const BodyPlace* Content::region(std::string_view slug) const { return find_place(regions, slug); }
const BodyPlace* Content::sign(std::string_view slug) const { return find_place(signs, slug); }

std::vector<std::string> Content::cautions_for_own(std::string_view kind) const {
  auto found = std::find_if(own_cautions.begin(), own_cautions.end(), [&](const auto& k) { return k.kind == kind; });
  return found == own_cautions.end() ? std::vector<std::string>{} : found->cautions;
}

std::vector<Migration> migrations() {
  std::vector<Migration> found;
  for (const auto& file : embedded_files()) {
    if (!file.path.starts_with("schema/") || !file.path.ends_with(".sql")) continue;
    const std::string_view name = file.path.substr(7);
    found.push_back({std::stoi(std::string(name.substr(0, 4))), name, file.text});
  }
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (found[i].version != int(i) + 1) throw std::runtime_error("schema migrations are not numbered 1, 2, 3…");
  }
  return found;
}

}  // namespace backcare::content

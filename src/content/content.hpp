#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "domain/place.hpp"
#include "domain/routine.hpp"

namespace backcare::content {

/// One tip `suggest` may show, picked by the day.
struct Tip {
  std::string id;
  std::string text;
};

/// One urgency tier of the red-flag list.
struct RedFlagTier {
  std::string id;
  std::string title;
  std::string action;
  std::vector<std::string> items;
};

/// The red-flag list: symptoms that need care soon, in tiers of urgency, each with what to do.
struct RedFlags {
  std::string intro;
  std::string note;
  std::vector<RedFlagTier> tiers;
};

/// The cautions for her own routines of one kind (content/own-routines.toml).
struct OwnKindCautions {
  std::string kind;
  std::vector<std::string> cautions;
};

/// A place on the body where it hurts, or a sign recorded beside pain (content/body.toml, clinical notes
/// section 6): its slug, its name, what it covers in plain words, and whether it takes a side.
struct BodyPlace {
  std::string slug;
  std::string name;
  std::string words;
  bool sides = false;
};

/// A starter tag (content/tags.toml, issue 29): its slug, name and what it means; `notice`, shown once a
/// day when it is used, or "".
struct StarterTag {
  std::string slug;
  std::string name;
  std::string description;
  std::string notice;
};

/// A pair of words by key: a body flag's code and what was recorded, or an advice id and its action.
struct KeyedWords {
  std::string key;
  std::string words;
};

/// The words of the red flags that signs and regions raise (content/body.toml): the rulebook keeps the
/// tiers, these keep what is said.
struct BodyFlagWords {
  std::vector<KeyedWords> said;    ///< by rules::RecordedSign::code
  std::vector<KeyedWords> advice;  ///< by rules::RecordedSign::advice
  std::string closing;             ///< the line after an advice

  /// The words for `key`, or "" (a test checks every code and advice has its words).
  static const std::string& find(const std::vector<KeyedWords>& words, std::string_view key);
};

/// Everything from content/: the article's routines in article order, its tips, the red flags and the
/// cautions her own routines carry.
struct Content {
  std::vector<domain::Routine> routines;
  std::vector<Tip> tips;
  RedFlags redflags;
  std::vector<OwnKindCautions> own_cautions;
  std::vector<BodyPlace> regions;  ///< where it hurts, in the order they are offered
  std::vector<BodyPlace> signs;    ///< the signs recorded beside pain
  BodyFlagWords body_flags;
  std::vector<StarterTag> tags;  ///< the starter tags, in the order they are offered
  std::string hash;  ///< changes whenever any content file changes; drives the catalogue sync

  /// The regions and signs as the parsers take them: a leg sign must have a side, a region may.
  std::vector<domain::PlaceKind> region_kinds() const;
  std::vector<domain::PlaceKind> sign_kinds() const;
  /// The region or sign with this slug, or nullptr.
  const BodyPlace* region(std::string_view slug) const;
  const BodyPlace* sign(std::string_view slug) const;
  /// The starter tag with this slug, or nullptr.
  const StarterTag* tag(std::string_view slug) const;
  /// The article routine with this slug, or nullptr.
  const domain::Routine* find(std::string_view slug) const;
  /// The cautions a routine of hers of this kind carries (exercise: the general ones), or none.
  std::vector<std::string> cautions_for_own(std::string_view kind) const;
};

/// The content, as tools/content_gen made it from content/ at build time (generated/content_data.cpp).
Content load_content();

/// One schema migration: its number (from the file name NNNN_name.sql) and its SQL.
struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

/// The embedded migrations in order; numbers run 1, 2, 3… without gaps.
std::vector<Migration> migrations();

}  // namespace backcare::content

#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace backcare::domain {

// Tags (issue 29): what else went on that day, as a slug of a-z, 0-9 and '-', 1 to 24 characters.

/// At most this many characters in a tag.
inline constexpr std::size_t kTagLength = 24;
/// At most this many tags on one entry (the schema holds 250 characters of them).
inline constexpr std::size_t kTagsPerEntry = 10;

/// True when `text` is a tag as stored: 1 to 24 of a-z, 0-9 and '-'.
bool is_tag(std::string_view text);
/// `text` case-folded, as a tag; UserError naming it and what a tag may hold otherwise.
std::string parse_tag(std::string_view text);

/// Each text as parse_tag, in the order given with repeats dropped; nothing more: no known tags asked
/// for and no kTagsPerEntry cap (untag takes off whatever a day carries). `first_read`, when given, sees
/// each tag as it is first read, so what it throws comes before a later text's parse error.
std::vector<std::string> parse_tag_texts(const std::vector<std::string>& texts,
                                         const std::function<void(const std::string&)>& first_read = {});

/// What the diary may take as tags: the known ones (the starter tags and those in use), and whether a
/// new one may be made (`--new`).
struct TagChoice {
  std::vector<std::string> known;
  bool allow_new = false;
  /// Where no --new can be given (the check-in's question), a refusal points at `backcare tag SLUG --new`.
  bool new_by_command = false;
};

/// Each text as parse_tag, in the order given with repeats dropped, each known or allowed new: an unknown
/// one is refused, naming it, the nearest known tag when one is close ("did you mean"), and how a new one
/// is made.
std::vector<std::string> parse_tags(const std::vector<std::string>& texts, const TagChoice& choice);

/// Tags space-separated, as the diary stores them and the CSV's `tags` column holds them.
std::string format_tags(const std::vector<std::string>& tags);
/// A stored or exported list: tags separated by single spaces ("" is none), each checked by is_tag, at
/// most kTagsPerEntry, no repeats. The first bad one's problem otherwise, as a message without a prefix.
std::vector<std::string> read_tag_list(std::string_view text, std::string* problem);

}  // namespace backcare::domain

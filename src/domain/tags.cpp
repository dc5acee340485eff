#include "domain/tags.hpp"

#include <algorithm>

#include "domain/errors.hpp"
#include "domain/inputs.hpp"
#include "domain/place.hpp"
#include "domain/text.hpp"

namespace backcare::domain {
namespace {

/// Further than this is not a typo worth pointing at.
constexpr std::size_t kTagTypoDistance = 2;

constexpr const char* kTagForm = "a-z, 0-9 and '-', 1 to 24 characters (as poor-sleep)";

/// The nearest known tag, when one is near enough to be a typo.
std::string nearest_tag(std::string_view tag, const std::vector<std::string>& known) {
  std::string found;
  std::size_t best = kTagTypoDistance + 1;
  for (const auto& candidate : known) {
    const auto distance = edit_distance(tag, candidate);
    if (distance < best) {
      best = distance;
      found = candidate;
    }
  }
  return found;
}

UserError unknown_tag(const std::string& tag, const TagChoice& choice) {
  const auto near = nearest_tag(tag, choice.known);
  const std::string hint = near.empty() ? "" : " (did you mean '" + near + "'?)";
  const std::string make = choice.new_by_command ? "; a new tag is made with 'backcare tag " + tag + " --new'"
                                                 : ", or --new to make '" + tag + "'";
  return UserError("unknown tag '" + tag + "'" + hint + ": accepted a tag 'backcare tags' lists" + make);
}

}  // namespace

bool is_tag(std::string_view text) {
  if (text.empty() || text.size() > kTagLength) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::string parse_tag(std::string_view text) {
  auto tag = lower(text);
  if (!is_tag(tag)) throw UserError("invalid tag '" + quote_for_message(text) + "': accepted " + kTagForm);
  return tag;
}

std::vector<std::string> parse_tag_texts(const std::vector<std::string>& texts,
                                         const std::function<void(const std::string&)>& first_read) {
  std::vector<std::string> tags;
  for (const auto& text : texts) {
    auto tag = parse_tag(text);
    if (std::find(tags.begin(), tags.end(), tag) != tags.end()) continue;
    if (first_read) first_read(tag);
    tags.push_back(std::move(tag));
  }
  return tags;
}

std::vector<std::string> parse_tags(const std::vector<std::string>& texts, const TagChoice& choice) {
  // Each checked as it is read: "tag unknwn BAD!" is refused for 'unknwn', the first problem typed.
  auto tags = parse_tag_texts(texts, [&choice](const std::string& tag) {
    const bool known = std::find(choice.known.begin(), choice.known.end(), tag) != choice.known.end();
    if (!known && !choice.allow_new) throw unknown_tag(tag, choice);
  });
  if (tags.size() > kTagsPerEntry) {
    throw UserError("too many tags (" + std::to_string(tags.size()) + "): accepted at most " +
                    std::to_string(kTagsPerEntry) + " on one entry");
  }
  return tags;
}

std::string format_tags(const std::vector<std::string>& tags) {
  std::string out;
  for (const auto& tag : tags) out += (out.empty() ? "" : " ") + tag;
  return out;
}

std::vector<std::string> read_tag_list(std::string_view text, std::string* problem) {
  std::vector<std::string> tags;
  while (!text.empty()) {
    const auto space = text.find(' ');
    const auto tag = text.substr(0, space);
    if (!is_tag(tag)) {
      if (problem) *problem = "'" + quote_for_message(tag) + "' is not a tag: accepted " + kTagForm + ", separated by single spaces";
      return {};
    }
    if (std::find(tags.begin(), tags.end(), tag) != tags.end()) {
      if (problem) *problem = "the tag '" + std::string(tag) + "' is given twice";
      return {};
    }
    tags.emplace_back(tag);
    if (space == std::string_view::npos) break;
    text.remove_prefix(space + 1);
    if (text.empty()) {
      if (problem) *problem = "a space at the end: accepted tags separated by single spaces";
      return {};
    }
  }
  if (tags.size() > kTagsPerEntry) {
    if (problem) *problem = std::to_string(tags.size()) + " tags: accepted at most " + std::to_string(kTagsPerEntry);
    return {};
  }
  return tags;
}

}  // namespace backcare::domain

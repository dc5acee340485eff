#include "content_toml.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace backcare::content_gen {
namespace {

/// "content/tips.toml:12: " for messages, from a node's place in its file.
std::string where(std::string_view file, const toml::source_region& region) {
  return std::string(file) + ":" + std::to_string(region.begin.line) + ": ";
}

std::string text_of(const toml::table& table, std::string_view key, std::string_view file) {
  if (auto value = table[key].value<std::string>()) return *value;
  throw ContentError(where(file, table.source()) + "error: the text key '" + std::string(key) + "' is missing");
}

std::vector<std::string> list_of(const toml::table& table, std::string_view key, std::string_view file) {
  std::vector<std::string> items;
  const auto* array = table[key].as_array();
  if (!array) return items;
  for (const auto& item : *array) {
    const auto text = item.value<std::string>();
    if (!text) throw ContentError(where(file, item.source()) + "error: '" + std::string(key) + "' holds a non-text item");
    items.push_back(*text);
  }
  return items;
}

/// One of `accepted`, or an error at the node's line.
std::string one_of(const toml::table& table, std::string_view key, const std::set<std::string>& accepted,
                   std::string_view file) {
  auto value = text_of(table, key, file);
  if (accepted.contains(value)) return value;
  std::string list;
  for (const auto& word : accepted) list += (list.empty() ? "" : ", ") + word;
  throw ContentError(where(file, table[key].node()->source()) + "error: " + std::string(key) + " '" + value +
                     "' is not one of " + list);
}

domain::PhaseHold parse_hold(const toml::table& table, std::string_view file) {
  using Clearance = domain::PhaseHold::Clearance;
  domain::PhaseHold hold;
  hold.weeks_after_vaginal = table["weeks_after_vaginal"].value_or(0);
  hold.weeks_after_caesarean = table["weeks_after_caesarean"].value_or(0);
  hold.weeks_are_minimum = table["weeks_are_minimum"].value_or(false);
  if (!table.contains("clearance")) return hold;
  const auto clearance = one_of(table, "clearance", {"never", "after-caesarean", "always"}, file);
  if (clearance == "after-caesarean") hold.clearance = Clearance::after_caesarean;
  if (clearance == "always") hold.clearance = Clearance::always;
  return hold;
}

std::string slug_of(std::string_view path) {
  const auto slash = path.rfind('/');
  const auto dot = path.rfind('.');
  return std::string(path.substr(slash + 1, dot - slash - 1));
}

domain::Routine parse_routine(const toml::table& table, std::string_view file) {
  domain::Routine routine;
  routine.slug = slug_of(file);
  routine.name = text_of(table, "name", file);
  routine.kind = one_of(table, "kind", {"massage", "exercise", "heat", "other"}, file);
  routine.dose = text_of(table, "dose", file);
  routine.order = table["order"].value_or(0);
  routine.daily_count = table["daily_count"].value_or(1);
  routine.when = text_of(table, "when", file);
  routine.times_of_day = list_of(table, "times_of_day", file);
  for (const auto& time : routine.times_of_day) {
    if (time != "morning" && time != "midday" && time != "evening") {
      throw ContentError(where(file, table["times_of_day"].node()->source()) + "error: times_of_day '" + time +
                         "' is not one of morning, midday, evening");
    }
  }
  routine.needs_helper = table["needs_helper"].value_or(false);
  routine.gentle = table["gentle"].value_or(false);
  routine.section = text_of(table, "section", file);
  routine.summary = text_of(table, "summary", file);
  routine.steps = list_of(table, "steps", file);
  routine.cautions = list_of(table, "cautions", file);
  if (const auto* hold = table["hold"].as_table()) routine.hold = parse_hold(*hold, file);
  return routine;
}

/// Each table of the array `key`, in file order.
template <typename Parse>
void each_table(const toml::table& table, std::string_view key, Parse parse) {
  if (const auto* array = table[key].as_array()) {
    for (const auto& node : *array) {
      if (const auto* item = node.as_table()) parse(*item);
    }
  }
}

std::vector<content::Tip> parse_tips(const toml::table& table, std::string_view file) {
  std::vector<content::Tip> tips;
  each_table(table, "tip", [&](const toml::table& tip) { tips.push_back({text_of(tip, "id", file), text_of(tip, "text", file)}); });
  return tips;
}

content::RedFlags parse_redflags(const toml::table& table, std::string_view file) {
  content::RedFlags flags{text_of(table, "intro", file), table["note"].value_or(std::string{}), {}};
  each_table(table, "tier", [&](const toml::table& tier) {
    flags.tiers.push_back({text_of(tier, "id", file), text_of(tier, "title", file), text_of(tier, "action", file),
                           list_of(tier, "items", file)});
  });
  return flags;
}

/// content/own-routines.toml: per kind of her own routines, the cautions they carry.
std::vector<content::OwnKindCautions> parse_own_cautions(const toml::table& table, std::string_view file) {
  std::vector<content::OwnKindCautions> kinds;
  each_table(table, "kind", [&](const toml::table& kind) {
    kinds.push_back({one_of(kind, "id", {"massage", "exercise", "heat", "other"}, file), list_of(kind, "cautions", file)});
  });
  return kinds;
}

/// content/body.toml: the regions where it hurts and the signs, each a [[region]] or [[sign]] table.
std::vector<content::BodyPlace> parse_places(const toml::table& table, std::string_view kind, std::string_view file) {
  std::vector<content::BodyPlace> places;
  each_table(table, kind, [&](const toml::table& place) {
    places.push_back({text_of(place, "slug", file), text_of(place, "name", file), text_of(place, "words", file),
                      place["sides"].value_or(false)});
  });
  return places;
}

/// content/body.toml's [[flag]] or [[advice]] tables: each a key and its words.
std::vector<content::KeyedWords> parse_keyed(const toml::table& table, std::string_view kind, std::string_view key,
                                             std::string_view words, std::string_view file) {
  std::vector<content::KeyedWords> out;
  each_table(table, kind, [&](const toml::table& item) {
    out.push_back({text_of(item, key, file), text_of(item, words, file)});
  });
  return out;
}

/// content/tags.toml: the starter tags, each a [[tag]] table.
std::vector<content::StarterTag> parse_tags(const toml::table& table, std::string_view file) {
  std::vector<content::StarterTag> tags;
  each_table(table, "tag", [&](const toml::table& tag) {
    tags.push_back({text_of(tag, "slug", file), text_of(tag, "name", file), text_of(tag, "description", file),
                    tag["notice"].value_or(std::string{})});
  });
  return tags;
}

toml::table parse_file(const std::filesystem::path& source_dir, const std::string& file) {
  std::ifstream in(source_dir / file, std::ios::binary);
  if (!in) throw ContentError(file + ": error: cannot be read");
  std::stringstream text;
  text << in.rdbuf();
  try {
    return toml::parse(text.str(), file);
  } catch (const toml::parse_error& e) {
    throw ContentError(where(file, e.source()) + "error: " + std::string(e.description()));
  }
}

}  // namespace

content::Content read_content(const std::filesystem::path& source_dir, const std::vector<std::string>& files) {
  content::Content content;
  for (const auto& file : files) {
    const auto table = parse_file(source_dir, file);
    if (file.starts_with("content/routines/")) content.routines.push_back(parse_routine(table, file));
    else if (file == "content/tips.toml") content.tips = parse_tips(table, file);
    else if (file == "content/redflags.toml") content.redflags = parse_redflags(table, file);
    else if (file == "content/own-routines.toml") content.own_cautions = parse_own_cautions(table, file);
    else if (file == "content/tags.toml") content.tags = parse_tags(table, file);
    else if (file == "content/body.toml") {
      content.regions = parse_places(table, "region", file);
      content.signs = parse_places(table, "sign", file);
      content.body_flags = {parse_keyed(table, "flag", "code", "said", file),
                            parse_keyed(table, "advice", "id", "action", file), text_of(table, "closing", file)};
    }
  }
  std::sort(content.routines.begin(), content.routines.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
  return content;
}

}  // namespace backcare::content_gen

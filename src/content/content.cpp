#include "content/content.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <stdexcept>

#include "content/embedded.hpp"

namespace backcare::content {
namespace {

std::string text_of(const toml::table& table, std::string_view key, std::string_view file) {
  if (auto value = table[key].value<std::string>()) return *value;
  throw std::runtime_error("content file " + std::string(file) + " lacks the text key '" + std::string(key) + "'");
}

std::vector<std::string> list_of(const toml::table& table, std::string_view key) {
  std::vector<std::string> items;
  if (const auto* array = table[key].as_array()) {
    for (const auto& item : *array) items.push_back(item.value_or(std::string{}));
  }
  return items;
}

std::string slug_of(std::string_view path) {
  const auto slash = path.rfind('/');
  const auto dot = path.rfind('.');
  return std::string(path.substr(slash + 1, dot - slash - 1));
}

/// [hold]: weeks after each kind of birth, whether a clinician's OK is needed too, and whether it
/// shortens the wait.
domain::PhaseHold parse_hold(const toml::table& table, std::string_view file) {
  using Clearance = domain::PhaseHold::Clearance;
  domain::PhaseHold hold;
  hold.weeks_after_vaginal = table["weeks_after_vaginal"].value_or(0);
  hold.weeks_after_caesarean = table["weeks_after_caesarean"].value_or(0);
  hold.weeks_are_minimum = table["weeks_are_minimum"].value_or(false);
  const std::string clearance = table["clearance"].value_or(std::string("never"));
  if (clearance == "after-caesarean") hold.clearance = Clearance::after_caesarean;
  else if (clearance == "always") hold.clearance = Clearance::always;
  else if (clearance != "never") {
    throw std::runtime_error("content file " + std::string(file) + ": [hold] clearance must be never, after-caesarean or always");
  }
  return hold;
}

domain::Routine parse_routine(const EmbeddedFile& file) {
  const toml::table table = toml::parse(file.text, file.path);
  domain::Routine routine;
  routine.slug = slug_of(file.path);
  routine.name = text_of(table, "name", file.path);
  routine.kind = text_of(table, "kind", file.path);
  routine.dose = text_of(table, "dose", file.path);
  routine.order = table["order"].value_or(0);
  routine.daily_count = table["daily_count"].value_or(1);
  routine.when = text_of(table, "when", file.path);
  routine.times_of_day = list_of(table, "times_of_day");
  routine.needs_helper = table["needs_helper"].value_or(false);
  routine.gentle = table["gentle"].value_or(false);
  routine.section = text_of(table, "section", file.path);
  routine.summary = text_of(table, "summary", file.path);
  routine.steps = list_of(table, "steps");
  routine.cautions = list_of(table, "cautions");
  if (const auto* hold = table["hold"].as_table()) routine.hold = parse_hold(*hold, file.path);
  return routine;
}

std::vector<Tip> parse_tips(const EmbeddedFile& file) {
  const toml::table table = toml::parse(file.text, file.path);
  std::vector<Tip> tips;
  if (const auto* array = table["tip"].as_array()) {
    for (const auto& node : *array) {
      const auto& tip = *node.as_table();
      tips.push_back({text_of(tip, "id", file.path), text_of(tip, "text", file.path)});
    }
  }
  return tips;
}

RedFlags parse_redflags(const EmbeddedFile& file) {
  const toml::table table = toml::parse(file.text, file.path);
  RedFlags flags{text_of(table, "intro", file.path), table["note"].value_or(std::string{}), {}};
  if (const auto* array = table["tier"].as_array()) {
    for (const auto& node : *array) {
      const auto& tier = *node.as_table();
      flags.tiers.push_back({text_of(tier, "id", file.path), text_of(tier, "title", file.path),
                             text_of(tier, "action", file.path), list_of(tier, "items")});
    }
  }
  return flags;
}

/// FNV-1a over every content file: cheap enough to run at each start, and any edit changes it.
std::string content_hash() {
  std::uint64_t hash = 14695981039346656037ull;
  for (const auto& file : embedded_files()) {
    if (!file.path.starts_with("content/")) continue;
    for (char c : std::string(file.path) + '\0' + std::string(file.text)) {
      hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    }
  }
  return std::to_string(hash);
}

}  // namespace

const domain::Routine* Content::find(std::string_view slug) const {
  auto found = std::find_if(routines.begin(), routines.end(), [&](const auto& r) { return r.slug == slug; });
  return found == routines.end() ? nullptr : &*found;
}

Content load_content() {
  Content content;
  for (const auto& file : embedded_files()) {
    if (file.path.starts_with("content/routines/")) content.routines.push_back(parse_routine(file));
    else if (file.path == "content/tips.toml") content.tips = parse_tips(file);
    else if (file.path == "content/redflags.toml") content.redflags = parse_redflags(file);
  }
  std::sort(content.routines.begin(), content.routines.end(),
            [](const auto& a, const auto& b) { return a.order < b.order; });
  content.hash = content_hash();
  return content;
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

// `tags` and `untag` (issue 29), as text and JSON.
#include "domain/text.hpp"
#include "render/render.hpp"
#include "render/rules_words.hpp"

namespace backcare::render {
namespace {

/// "took lifting, poor-sleep off Thu 3 Dec 2026 (3 changed: …)".
std::string untagged_line(const views::Untagged& view) {
  const bool one = view.changed == 1;
  return "took " + domain::join(view.tags, ", ") + " off " + domain::format_long(view.day) + " (" +
         std::to_string(view.changed) + (one ? " entry changed; 'backcare undo' puts it back)"
                                             : " entries changed; 'backcare undo' puts them back)");
}

}  // namespace

std::string text(const views::TagList& view, const Style& style) {
  std::string out;
  if (view.slugs_only) {
    for (const auto& tag : view.tags) out += tag.slug + "\n";
    return out;
  }
  out = style.bold(pad("tag", 26) + pad("days", 6) + "what it means") + "\n";
  for (const auto& tag : view.tags) {
    const std::string meaning = tag.starter ? safe(tag.description) : "(yours)";
    out += pad(tag.slug, 26) + pad(std::to_string(tag.days), 6) + meaning + "\n";
  }
  return out + "Tag a day: backcare tag SLUG; a new one: backcare tag SLUG --new\n";
}

nlohmann::json json(const views::TagList& view) {
  auto list = nlohmann::json::array();
  for (const auto& tag : view.tags) {
    if (view.slugs_only) {
      list.push_back(tag.slug);
      continue;
    }
    list.push_back({{"slug", tag.slug},
                    {"name", tag.starter ? nlohmann::json(tag.name) : nlohmann::json(nullptr)},
                    {"description", tag.starter ? nlohmann::json(tag.description) : nlohmann::json(nullptr)},
                    {"source", tag.starter ? "starter" : "user"},
                    {"days", tag.days}});
  }
  return list;
}

std::string text(const views::Untagged& view, const Style&) { return untagged_line(view) + "\n"; }

nlohmann::json json(const views::Untagged& view) {
  return {{"date", domain::format_iso(view.day)}, {"tags", view.tags}, {"changed", view.changed},
          {"message", untagged_line(view)}};
}

}  // namespace backcare::render

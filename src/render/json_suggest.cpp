#include "render/suggest_render.hpp"

#include "render/rules_words.hpp"

namespace backcare::render {

using Json = nlohmann::json;

nlohmann::json json(const reports::Suggestions& view) {
  Json items = Json::array();
  for (const auto& item : view.items) {
    items.push_back({{"slug", item.slug}, {"dose", item.dose}, {"why", why_text(item.why)}, {"cautions", item.cautions}});
  }
  Json out{{"date", domain::format_iso(view.day)}, {"suggestions", items}, {"held", held_json(view.held)},
           {"gentle_only", view.gentle_only()}, {"later", view.later}, {"need_helper", view.need_helper}, {"tip", view.tip}};
  add_pointer(out, view.due);
  return out;
}

}  // namespace backcare::render

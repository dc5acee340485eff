#include "render/suggest_render.hpp"

#include "render/rules_words.hpp"

namespace backcare::render {

using Json = nlohmann::json;

nlohmann::json json(const reports::Suggestions& view) {
  Json items = Json::array();
  for (const auto& item : view.items) {
    items.push_back({{"slug", item.slug}, {"dose", item.dose}, {"why", why_text(item.why)}, {"cautions", item.cautions}});
  }
  Json severe = nullptr;
  if (view.severe_day) severe = {{"date", domain::format_iso(view.severe_day->day)}, {"worst", view.severe_day->worst}};
  Json out{{"date", domain::format_iso(view.day)}, {"suggestions", items}, {"held", held_json(view.held)},
           {"severe_day", severe}, {"later", view.later}, {"need_helper", view.need_helper}, {"tip", view.tip}};
  add_pointer(out, view.pointer);
  return out;
}

}  // namespace backcare::render

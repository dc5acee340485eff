#include "render/render.hpp"
#include "render/rules_words.hpp"

namespace backcare::render {

nlohmann::json json(const views::RoutineList& view) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& routine : view.routines) {
    if (view.slugs_only) {
      list.push_back(routine.slug);
      continue;
    }
    list.push_back({{"slug", routine.slug},
                    {"name", routine.name},
                    {"kind", routine.kind},
                    {"dose", routine.dose},
                    {"source", routine.from_article ? "article" : "user"},
                    {"retired", routine.retired}});
  }
  return list;
}

nlohmann::json json(const views::RoutineDetail& view) {
  const auto& routine = view.routine;
  return {{"slug", routine.slug},
          {"name", routine.name},
          {"kind", routine.kind},
          {"dose", routine.dose},
          {"source", routine.from_article ? "article" : "user"},
          {"retired", routine.retired},
          {"when", routine.when},
          {"daily_count", routine.daily_count},
          {"needs_helper", routine.needs_helper},
          {"section", routine.section},
          {"summary", routine.summary},
          {"steps", routine.steps},
          {"cautions", routine.cautions},
          {"held", view.hold ? nlohmann::json(hold_code(*view.hold)) : nlohmann::json(nullptr)},
          {"held_why", view.hold ? nlohmann::json(hold_text(*view.hold)) : nlohmann::json(nullptr)}};
}

nlohmann::json json(const views::RedFlagsView& view) {
  nlohmann::json tiers = nlohmann::json::array();
  for (const auto& tier : view.flags.tiers) {
    tiers.push_back({{"id", tier.id}, {"title", tier.title}, {"action", tier.action}, {"items", tier.items}});
  }
  nlohmann::json signs = nlohmann::json::array();
  for (const auto& sign : view.signs) {
    signs.push_back({{"sign", sign.slug}, {"name", sign.name}, {"words", sign.words}, {"sides", sign.sides}});
  }
  return {{"intro", view.flags.intro}, {"tiers", tiers}, {"note", view.flags.note}, {"signs", signs}};
}

}  // namespace backcare::render

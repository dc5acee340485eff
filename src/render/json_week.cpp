#include "render/week_render.hpp"

#include "render/json_figures.hpp"
#include "render/rules_words.hpp"

namespace backcare::render {
namespace {

using Json = nlohmann::json;

Json day_json(const reports::WeekDay& day) {
  Json done = Json::object();
  for (const auto& [slug, count] : day.done) done[slug] = count;
  return {{"date", domain::format_iso(day.day)}, {"pain_mean", rounded(day.pain_mean)},
          {"pain_max", optional_int(day.pain_max)}, {"pain_entries", day.pain_entries}, {"done", done}};
}

}  // namespace

nlohmann::json json(const reports::WeekSummary& view) {
  Json days = Json::array(), routines = Json::array(), regions = Json::array(), tags = Json::array();
  for (const auto& tag : view.tags) tags.push_back({{"slug", tag.slug}, {"days", tag.days}});
  for (const auto& region : view.regions) {
    regions.push_back({{"region", domain::format_place(region.place)}, {"days", region.days}});
  }
  for (const auto& day : view.days) days.push_back(day_json(day));
  for (const auto& tally : view.routines) routines.push_back({{"slug", tally.slug}, {"count", tally.count}, {"days", tally.days}});
  const auto& f = view.figures;
  Json out{{"week", view.name}, {"start", domain::format_iso(view.start)}, {"end", domain::format_iso(view.end)},
           {"days", days}, {"pain_mean", rounded(f.pain_mean)}, {"days_logged", f.days_logged},
           {"reliability", reliability_words(view.reliability)},
           {"reliability_code", rules::reliability_code(view.reliability)},
           {"worst_day", f.worst_day ? Json(domain::format_iso(*f.worst_day)) : Json(nullptr)},
           {"pain_max", optional_int(f.pain_max)},
           {"severe_days", f.severe_days}, {"previous_pain_mean", rounded(view.previous_pain_mean)},
           {"routines", routines}, {"regions", regions}, {"tags", tags}};
  add_change(out, "change_", view.change);
  add_pointer(out, view.due);
  add_past(out, view.past, view.week_start);
  return out;
}

}  // namespace backcare::render

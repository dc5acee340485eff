#include "render/trend_render.hpp"

#include "render/json_figures.hpp"
#include "render/patterns_render.hpp"
#include "render/rules_words.hpp"
#include "reports/statistics.hpp"

namespace backcare::render {
namespace {

using Json = nlohmann::json;

Json week_row_json(const reports::TrendWeek& week) {
  return {{"week", week.name},
          {"start", domain::format_iso(week.start)},
          {"pain_mean", rounded(week.figures.pain_mean)},
          {"days_logged", week.figures.days_logged},
          {"pain_max", optional_int(week.figures.pain_max)},
          {"completions", week.figures.completions}};
}

Json named(const std::optional<reports::NamedMean>& week, bool name) {
  if (!week) return nullptr;
  return name ? Json(week->name) : Json(reports::round_to(week->pain_mean, 1));
}

}  // namespace

nlohmann::json json(const reports::Trend& view) {
  Json weeks = Json::array(), habits = Json::array();
  for (const auto& week : view.weeks) weeks.push_back(week_row_json(week));
  for (const auto& h : view.habits) {
    habits.push_back({{"slug", h.slug}, {"streak", h.streak}, {"longest_streak", h.longest_streak}, {"strength", h.strength}});
  }
  Json out{{"weeks", weeks}, {"slope_per_week", rounded(view.slope_per_week, 2)},
           {"baseline_week", named(view.changes.baseline, true)}, {"baseline_pain_mean", named(view.changes.baseline, false)},
           {"latest_week", named(view.changes.latest, true)}, {"latest_pain_mean", named(view.changes.latest, false)},
           {"previous_week", named(view.changes.previous, true)}, {"previous_pain_mean", named(view.changes.previous, false)},
           {"associations", pattern_rows_json(view.associations)}, {"habits", habits}};
  add_change(out, "change_", view.changes.change);
  add_change(out, "previous_change_", view.changes.change_from_previous);
  add_pointer(out, view.due);
  add_past(out, view.past, view.week_start);
  return out;
}

}  // namespace backcare::render

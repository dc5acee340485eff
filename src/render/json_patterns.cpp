#include "render/json_figures.hpp"
#include "render/patterns_render.hpp"
#include "render/redflag_words.hpp"
#include "rules/patterns.hpp"

namespace backcare::render {
namespace {

using Json = nlohmann::json;

Json pattern_json(const reports::PatternRow& row) {
  // Without enough days on both sides nothing is compared, so no figure is given to over-read.
  const bool compared = row.label != rules::PatternLabel::not_enough_days;
  const auto figure = [compared](std::optional<double> value) { return rounded(compared ? value : std::nullopt, 2); };
  const auto& interval = row.interval;
  return {{"kind", row.kind == reports::FactorKind::tag ? "tag" : "routine"},
          {"slug", row.slug},
          {"days_with", row.days_with},
          {"days_without", row.days_without},
          {"mean_with", figure(row.mean_with)},
          {"mean_without", figure(row.mean_without)},
          {"difference", figure(interval ? std::optional(interval->difference) : std::nullopt)},
          {"interval_low", figure(interval ? std::optional(interval->low) : std::nullopt)},
          {"interval_high", figure(interval ? std::optional(interval->high) : std::nullopt)},
          {"label", rules::pattern_code(row.label)}};
}

}  // namespace

nlohmann::json pattern_rows_json(const reports::Patterns& patterns) {
  Json rows = Json::array();
  for (const auto& row : patterns.rows) rows.push_back(pattern_json(row));
  return rows;
}

nlohmann::json json(const views::PatternsView& view) {
  const Json rows = pattern_rows_json(view.patterns);
  Json out{{"from", view.first ? Json(domain::format_iso(*view.first)) : Json(nullptr)},
           {"to", view.last ? Json(domain::format_iso(*view.last)) : Json(nullptr)},
           {"next_day", view.next_day},
           {"days_needed", rules::kPatternDays},
           {"patterns", rows},
           {"compared", view.patterns.compared}};
  add_pointer(out, view.due);
  return out;
}

}  // namespace backcare::render

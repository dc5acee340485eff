#include "render/report_render.hpp"
#include "reports/statistics.hpp"

namespace backcare::render {
namespace {

using Json = nlohmann::json;

/// A figure rounded as the text shows it, or null.
Json rounded(const std::optional<double>& value, int decimals = 1) {
  return value ? Json(reports::round_to(*value, decimals)) : Json(nullptr);
}

/// A percent as the text shows it: a whole number, or null.
Json whole(const std::optional<double>& value) {
  return value ? Json(int(reports::round_to(*value, 0))) : Json(nullptr);
}

Json optional_int(const std::optional<int>& value) { return value ? Json(*value) : Json(nullptr); }

Json day_json(const reports::WeekDay& day) {
  Json done = Json::object();
  for (const auto& [slug, count] : day.done) done[slug] = count;
  return {{"date", domain::format_iso(day.day)}, {"pain_mean", rounded(day.pain_mean)},
          {"pain_max", optional_int(day.pain_max)}, {"pain_entries", day.pain_entries}, {"done", done}};
}

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

nlohmann::json json(const reports::Suggestions& view) {
  Json items = Json::array();
  for (const auto& item : view.items) {
    items.push_back({{"slug", item.slug}, {"dose", item.dose}, {"why", item.why},
                     {"caution", item.caution ? Json(*item.caution) : Json(nullptr)}});
  }
  return {{"date", domain::format_iso(view.day)}, {"suggestions", items}, {"tip", view.tip}, {"redflags", view.redflags}};
}

nlohmann::json json(const reports::WeekSummary& view) {
  Json days = Json::array(), routines = Json::array();
  for (const auto& day : view.days) days.push_back(day_json(day));
  for (const auto& tally : view.routines) routines.push_back({{"slug", tally.slug}, {"count", tally.count}, {"days", tally.days}});
  const auto& f = view.figures;
  return {{"week", view.name}, {"start", domain::format_iso(view.start)}, {"end", domain::format_iso(view.end)},
          {"days", days}, {"pain_mean", rounded(f.pain_mean)}, {"days_logged", f.days_logged},
          {"reliability", view.reliability},
          {"worst_day", f.worst_day ? Json(domain::format_iso(*f.worst_day)) : Json(nullptr)},
          {"severe_days", f.severe_days}, {"previous_pain_mean", rounded(view.previous_pain_mean)},
          {"change_points", rounded(view.change_points)}, {"change_pct", whole(view.change_pct)},
          {"routines", routines}};
}

nlohmann::json json(const reports::Trend& view) {
  Json weeks = Json::array(), associations = Json::array(), habits = Json::array();
  for (const auto& week : view.weeks) weeks.push_back(week_row_json(week));
  for (const auto& a : view.associations) {
    associations.push_back({{"slug", a.slug}, {"days_done", a.days_done},
                            {"mean_next_day_done", reports::round_to(a.mean_next_day_done, 1)},
                            {"days_not_done", a.days_not_done},
                            {"mean_next_day_not_done", reports::round_to(a.mean_next_day_not_done, 1)}});
  }
  for (const auto& h : view.habits) {
    habits.push_back({{"slug", h.slug}, {"streak", h.streak}, {"longest_streak", h.longest_streak}, {"strength", h.strength}});
  }
  const auto& change = view.change;
  return {{"weeks", weeks}, {"slope_per_week", rounded(view.slope_per_week, 2)},
          {"baseline_week", named(view.baseline, true)}, {"baseline_pain_mean", named(view.baseline, false)},
          {"latest_week", named(view.latest, true)}, {"latest_pain_mean", named(view.latest, false)},
          {"change_points", change ? Json(change->points) : Json(nullptr)},
          {"change_pct", change ? whole(change->pct) : Json(nullptr)},
          {"change_label", change ? Json(change->label) : Json(nullptr)},
          {"associations", associations}, {"habits", habits}};
}

}  // namespace backcare::render

#include "render/report_render.hpp"
#include "render/rules_words.hpp"
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

/// A change's figures as shown, its words and its stable code, under `prefix` ("change_", …); nulls when none.
void add_change(Json& out, const std::string& prefix, const std::optional<rules::Change>& change) {
  out[prefix + "points"] = change ? Json(change->points) : Json(nullptr);
  out[prefix + "pct"] = change ? whole(change->pct) : Json(nullptr);
  out[prefix + "label"] = change ? Json(change_words(change->label)) : Json(nullptr);
  out[prefix + "code"] = change ? Json(rules::change_code(change->label)) : Json(nullptr);
}

}  // namespace

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

nlohmann::json json(const reports::WeekSummary& view) {
  Json days = Json::array(), routines = Json::array();
  for (const auto& day : view.days) days.push_back(day_json(day));
  for (const auto& tally : view.routines) routines.push_back({{"slug", tally.slug}, {"count", tally.count}, {"days", tally.days}});
  const auto& f = view.figures;
  Json out{{"week", view.name}, {"start", domain::format_iso(view.start)}, {"end", domain::format_iso(view.end)},
           {"days", days}, {"pain_mean", rounded(f.pain_mean)}, {"days_logged", f.days_logged},
           {"reliability", reliability_words(view.reliability)},
           {"worst_day", f.worst_day ? Json(domain::format_iso(*f.worst_day)) : Json(nullptr)},
           {"pain_max", optional_int(f.pain_max)},
           {"severe_days", f.severe_days}, {"previous_pain_mean", rounded(view.previous_pain_mean)},
           {"routines", routines}};
  add_change(out, "change_", view.change);
  add_pointer(out, view.pointer);
  return out;
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
  Json out{{"weeks", weeks}, {"slope_per_week", rounded(view.slope_per_week, 2)},
           {"baseline_week", named(view.changes.baseline, true)}, {"baseline_pain_mean", named(view.changes.baseline, false)},
           {"latest_week", named(view.changes.latest, true)}, {"latest_pain_mean", named(view.changes.latest, false)},
           {"previous_week", named(view.changes.previous, true)}, {"previous_pain_mean", named(view.changes.previous, false)},
           {"associations", associations}, {"habits", habits}};
  add_change(out, "change_", view.changes.change);
  add_change(out, "previous_change_", view.changes.change_from_previous);
  add_pointer(out, view.pointer);
  return out;
}

}  // namespace backcare::render

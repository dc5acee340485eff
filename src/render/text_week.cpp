#include <fmt/format.h>

#include "domain/text.hpp"
#include "domain/week.hpp"
#include "render/figures.hpp"
#include "render/rules_words.hpp"
#include "render/week_render.hpp"

namespace backcare::render {
namespace {

/// The sparkline characters for chart levels 0-7, and the mark of a day with no pain logged.
constexpr const char* kLevels[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
constexpr const char* kNoEntry = "·";

/// "Mon 23 Nov": the year is in the heading.
std::string weekday_day(domain::Day day) {
  const std::string full = domain::format_long(day);
  return full.substr(0, full.rfind(' '));
}

std::string done_text(const std::vector<std::pair<std::string, int>>& done) {
  std::vector<std::string> parts;
  for (const auto& [slug, count] : done) parts.push_back(slug + (count > 1 ? " x" + std::to_string(count) : ""));
  return domain::join(parts, ", ");
}

std::string day_row(const reports::WeekDay& day) {
  std::string row = pad(weekday_day(day.day), 10) + right(day.pain_mean ? tenth(*day.pain_mean) : "-", 6) +
                    right(day.pain_max ? std::to_string(*day.pain_max) : "-", 7) +
                    right(std::to_string(day.pain_entries), 9);
  const std::string done = done_text(day.done);
  return row + (done.empty() ? "" : "  " + done) + "\n";
}

std::string week_chart(const std::array<reports::WeekDay, 7>& days) {
  std::string bars, letters;
  for (const auto& day : days) {
    bars += std::string(day.chart_level ? kLevels[*day.chart_level] : kNoEntry) + " ";
    letters += weekday_day(day.day).substr(0, 1) + " ";
  }
  bars.pop_back();
  letters.pop_back();
  return "Daily pain, 0-10: " + bars + "\n                  " + letters + "\n";
}

std::string week_change_text(const reports::WeekSummary& view) {
  if (!view.change) {
    return fmt::format("Against the week before: shown when both weeks have {} or more logged days ({} had {})\n",
                       rules::kProvisionalDays, domain::week_name(view.start - date::days{7}, view.week_start),
                       view.previous_days_logged);
  }
  const auto no_percent = fmt::format("that week's mean was under {}", rules::kPercentFromMean);
  return "Against the week before (" + tenth(*view.previous_pain_mean) + "): " +
         change_figures(*view.change, no_percent) + ": " + change_words(view.change->label) + "\n";
}

std::string routines_text(const std::vector<reports::RoutineTally>& routines) {
  if (routines.empty()) return "Routines: none logged\n";
  std::string out = "Routines:\n";
  for (const auto& tally : routines) {
    out += "  " + pad(tally.slug, 14) + std::to_string(tally.count) + (tally.count == 1 ? " time" : " times") + " on " +
           std::to_string(tally.days) + (tally.days == 1 ? " day\n" : " days\n");
  }
  return out;
}

/// Where it hurt this week, a place a line; nothing when no entry said.
std::string regions_text(const std::vector<reports::RegionDays>& regions) {
  if (regions.empty()) return {};
  std::string out = "Where it hurt:\n";
  for (const auto& region : regions) {
    out += "  " + pad(domain::format_place(region.place), 18) + "on " + std::to_string(region.days) +
           (region.days == 1 ? " day\n" : " days\n");
  }
  return out;
}

/// What else went on this week, on one line: "Tags: lifting 3 days, poor-sleep 1 day"; nothing when no tag.
std::string week_tags_text(const std::vector<reports::TagDays>& tags) {
  if (tags.empty()) return {};
  std::vector<std::string> parts;
  for (const auto& tag : tags) parts.push_back(tag.slug + " " + days_words(tag.days));
  return "Tags: " + domain::join(parts, ", ") + "\n";
}

}  // namespace

std::string text(const reports::WeekSummary& view, const Style& style) {
  const auto& figures = view.figures;
  std::string out = style.bold("Week " + view.name + ": " + domain::format_long(view.start) + " to " +
                               domain::format_long(view.end)) + "\n";
  out += pointer_text(view.due, style);
  out += style.dim(pad("day", 10) + right("pain", 6) + right("worst", 7) + right("entries", 9) + "  routines") + "\n";
  for (const auto& day : view.days) out += day_row(day);
  out += "\n" + week_chart(view.days) + "\n";
  const std::string past = view.past.empty() ? "" : "\n" + past_text(view.past, "In this week:", view.week_start);
  const std::string logged = routines_text(view.routines) + week_tags_text(view.tags);
  if (!figures.pain_mean) return out + "Pain: nothing logged this week\n" + logged + past;
  const std::string where = regions_text(view.regions);
  out += "Pain mean " + tenth(*figures.pain_mean) + " (each logged day counts once), " +
         std::to_string(figures.days_logged) + " of 7 days logged: " + reliability_words(view.reliability) + "\n";
  out += "Worst day: " + domain::format_long(*figures.worst_day) + ", " + std::to_string(*figures.pain_max) + "/10\n";
  out += severe_days_words() + ": " + std::to_string(figures.severe_days) + "\n";
  return out + week_change_text(view) + where + logged + past + "\n" + kSelfTrackingCaveat;
}

}  // namespace backcare::render

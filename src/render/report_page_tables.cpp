#include <fmt/format.h>

#include "domain/inputs.hpp"
#include "render/figures.hpp"
#include "render/html_escape.hpp"
#include "render/report_page_parts.hpp"
#include "render/rules_words.hpp"
#include "render/week_runs.hpp"
#include "rules/patterns.hpp"

namespace backcare::render {
namespace {

std::string table_cell(const std::string& tag, const std::string& text, const char* cls = nullptr) {
  return "<" + tag + (cls ? std::string(" class=\"") + cls + "\"" : "") + ">" + text + "</" + tag + ">";
}

std::string row(const std::vector<std::string>& cells, const char* cls = nullptr) {
  std::string out = cls ? std::string("<tr class=\"") + cls + "\">" : "<tr>";
  for (std::size_t i = 0; i < cells.size(); ++i) out += table_cell("td", cells[i], i >= 2 && i <= 5 ? "num" : nullptr);
  return out + "</tr>\n";
}

std::string table_header(const std::vector<std::string>& names) {
  std::string out = "<thead><tr>";
  for (const auto& name : names) out += "<th scope=\"col\">" + name + "</th>";
  return out + "</tr></thead>\n";
}

/// The week's name with what it is to the change, in words as well as bold.
std::string week_label(const reports::TrendWeek& week, const reports::Trend& trend) {
  std::string label = html_escape(week.name);
  if (trend.changes.baseline && trend.changes.baseline->name == week.name) label = "<strong>" + label + " (baseline)</strong>";
  else if (trend.changes.latest && trend.changes.latest->name == week.name) label = "<strong>" + label + " (latest)</strong>";
  return label;
}

}  // namespace

std::string html_weeks(const reports::ReportPage& report) {
  const auto& trend = report.trend;
  std::string out = "<table class=\"weeks\">\n<caption>Pain and routines by week; pain is the mean of the daily "
                    "means, on the 0–10 scale</caption>\n";
  out += table_header({"Week", "Starts", "Pain", "Days logged", "Worst", "Routines logged", "Trust in the mean"});
  out += "<tbody>\n";
  for (const auto& line : week_lines(trend.weeks)) {
    if (line.empty_run()) {
      out += "<tr class=\"gap\"><td colspan=\"7\">" + html_escape(empty_run_words(line)) + "</td></tr>\n";
      continue;
    }
    const auto& week = line.weeks.front();
    const auto& f = week.figures;
    out += row({week_label(week, trend), domain::format_iso(week.start), f.pain_mean ? tenth(*f.pain_mean) : "–",
                std::to_string(f.days_logged) + " of 7", f.pain_max ? std::to_string(*f.pain_max) : "–",
                std::to_string(f.completions), reliability_words(rules::reliability(f.days_logged))});
  }
  return out + "</tbody>\n</table>\n";
}

std::string html_change(const reports::Trend& trend) {
  if (!trend.changes.baseline) {
    return fmt::format("<p>No baseline yet: it is the first week with {} or more logged days.</p>\n",
                       rules::kReliableDays);
  }
  std::string out = "<ul class=\"change\">\n<li>Baseline: " + html_escape(trend.changes.baseline->name) + ", pain mean " +
                    tenth(trend.changes.baseline->pain_mean) +
                    fmt::format(" (the first week with {} or more logged days)</li>\n", rules::kReliableDays);
  out += "<li>Latest: " + html_escape(trend.changes.latest->name) + ", pain mean " + tenth(trend.changes.latest->pain_mean) +
         fmt::format(" (the most recent week with {} or more logged days)</li>\n", rules::kProvisionalDays);
  if (!trend.changes.change) {
    out += "<li>Change: none yet, the latest week is the baseline</li>\n";
  } else {
    const auto no_percent = fmt::format("the baseline is under {}", rules::kPercentFromMean);
    out += "<li>Change: " + change_figures(*trend.changes.change, no_percent) + ": <strong>" +
           change_words(trend.changes.change->label) + "</strong></li>\n";
  }
  if (trend.changes.change_from_previous) {
    out += "<li>Against the week before (" + html_escape(trend.changes.previous->name) + ", " +
           tenth(trend.changes.previous->pain_mean) + "): " + change_figures(*trend.changes.change_from_previous, "") + ": <strong>" +
           change_words(trend.changes.change_from_previous->label) + "</strong></li>\n";
  }
  if (trend.slope_per_week) {
    out += fmt::format("<li>Slope: {:+.2f} points per week (weeks with {} or more logged days)</li>\n",
                       *trend.slope_per_week + 0.0, rules::kProvisionalDays);  // + 0.0: "+0.00", never "-0.00"
  }
  return out + "</ul>\n";
}

/// One routine's row: its figures, or how many days it still needs.
std::string html_pattern_row(const reports::PatternRow& row) {
  const std::string slug = "<tr><td>" + html_escape(row.slug) + "</td>";
  if (row.label == rules::PatternLabel::not_enough_days) {
    return slug + fmt::format("<td colspan=\"4\">not enough days yet: {} of {}</td></tr>\n",
                              std::min(row.days_with, row.days_without), rules::kPatternDays);
  }
  const auto& interval = *row.interval;
  return slug + "<td class=\"num\">" + tenth(*row.mean_with) + " (" + std::to_string(row.days_with) +
         " days)</td><td class=\"num\">" + tenth(*row.mean_without) + " (" + std::to_string(row.days_without) +
         " days)</td><td class=\"num\">" + signed_tenth(interval.difference) + " (" + signed_tenth(interval.low) +
         " to " + signed_tenth(interval.high) + ")</td><td>" +
         (row.label == rules::PatternLabel::looks_different ? "looks different" : "no clear difference") + "</td></tr>\n";
}

std::string html_associations(const reports::Patterns& associations) {
  if (associations.rows.empty()) return "<p>None to show: no routine done on a day followed by a day with pain logged.</p>\n";
  std::string out = "<table class=\"associations\">\n<caption>Mean pain the next day, with the number of days "
                    "behind it</caption>\n";
  out += table_header({"Routine", "After a day it was done", "After a day it was not", "Difference (95% interval)", ""}) +
         "<tbody>\n";
  for (const auto& row : associations.rows) out += html_pattern_row(row);
  out += "</tbody>\n</table>\n";
  if (associations.compared > 1) {
    out += fmt::format("<p>With {} comparisons, one may look different by chance alone.</p>\n", associations.compared);
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> birth_settings(const reports::ReportPage& report) {
  const auto& settings = report.settings;
  std::vector<std::pair<std::string, std::string>> rows;
  if (settings.birth_date && *settings.birth_date <= report.made) {
    const int weeks = int((report.made - *settings.birth_date).count() / 7);
    rows.push_back({"Weeks since birth", std::to_string(weeks) + " (born " + domain::format_iso(*settings.birth_date) + ")"});
  } else {
    rows.push_back({"Weeks since birth", "not set (birth-date)"});
  }
  const auto type = settings.birth_type;
  rows.push_back({"Birth type", !type ? "not set" : *type == domain::BirthType::caesarean ? "caesarean" : "vaginal"});
  const auto cleared = settings.cleared_for_exercise;
  rows.push_back({"Cleared for exercise", !cleared ? "not set" : *cleared ? "yes" : "no"});
  return rows;
}

std::string html_settings(const reports::ReportPage& report) {
  auto rows = birth_settings(report);
  for (const auto& held : report.held) rows.push_back({"Held: " + held.slug, hold_text(held.hold)});
  std::string out = "<table class=\"settings\">\n<tbody>\n";
  for (const auto& [name, value] : rows) {
    out += "<tr><th scope=\"row\">" + html_escape(name) + "</th><td>" + html_escape(value) + "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string html_redflags(const content::RedFlags& flags) {
  std::string out = "<p>" + html_escape(flags.intro) + "</p>\n";
  for (const auto& tier : flags.tiers) {
    out += "<div class=\"tier\">\n<h3>" + html_escape(tier.title) + "</h3>\n<p>" + html_escape(tier.action) + "</p>\n<ul>\n";
    for (const auto& item : tier.items) out += "<li>" + html_escape(item) + "</li>\n";
    out += "</ul>\n</div>\n";
  }
  if (!flags.note.empty()) out += "<p>" + html_escape(flags.note) + "</p>\n";
  return out;
}

namespace {

/// The time as logged; one before day-starts belongs to the night after its day (as `today` counts it),
/// which a bare "02:30" beside that day would read as its early morning.
std::string note_time(const reports::ReportNote& note, int day_starts_minutes) {
  if (note.time.empty()) return "—";
  const auto minutes = domain::parse_clock_time(note.time);
  if (!minutes || *minutes >= day_starts_minutes) return note.time;
  return note.time + ", the night after " + domain::format_long(note.day);
}

}  // namespace

std::string html_notes(const std::vector<reports::ReportNote>& notes, int day_starts_minutes) {
  if (notes.empty()) return "<p>No notes in this period.</p>\n";
  std::string out = "<table class=\"notes\">\n" + table_header({"Day", "Time", "Entry", "Note"}) + "<tbody>\n";
  for (const auto& note : notes) {
    out += "<tr><td>" + domain::format_iso(note.day) + "</td><td>" + html_escape(note_time(note, day_starts_minutes)) +
           "</td><td>" +
           html_escape(note.level ? "pain " + std::to_string(*note.level) + "/10" : "done " + note.slug) +
           "</td><td class=\"note\">" + html_escape(note.note) + "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

}  // namespace backcare::render
